//! The seam between the sync engine and whatever carries sealed envelopes to the hotline.
//!
//! The engine ([`crate::sync`]) decides *what* to send and *what an answer means*: batching,
//! backoff, receipt verification, the outbox's state. A [`Transport`] only carries bytes and
//! reports, per envelope, a transport-neutral [`Delivery`]. HTTPS ([`http::HttpTransport`]) is
//! the one in use; SMS, a relay, or an outreach worker's phone carrying envelopes by hand fit the
//! same trait, because nothing in the engine or the outbox names HTTP.

use std::future::Future;
use std::time::Duration;

use crate::envelope::Envelope;
use crate::ids::{ReferralId, StatusSecret};
use crate::receipt::Receipt;
use crate::wire::StatusResponse;

pub mod http;

/// What became of one envelope offered to a transport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// The other side answered with a receipt. Not yet trusted: the engine verifies the
    /// hotline's signature over this envelope's id and bytes before recording delivery.
    Accepted(Receipt),
    /// Not delivered as far as we know; offer the same bytes again later.
    RetryLater {
        /// Why, as a machine code (stored, sealed, for diagnostics).
        reason: RetryReason,
        /// The other side asked us to wait at least this long.
        after: Option<Duration>,
    },
    /// Refused for good: retrying the same bytes cannot help. The request needs the person's
    /// attention (it is never dropped).
    Refused {
        /// Why, as a machine code the UI can translate.
        code: RefusalCode,
    },
}

/// Why an envelope is to be offered again later. Machine codes only, never a server message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryReason {
    /// No connection, or it broke before an answer came.
    Network,
    /// The other side timed out.
    Timeout,
    /// The other side asked us to slow down.
    RateLimited,
    /// Sent elsewhere (a captive portal, a misconfiguration); never followed.
    Redirected,
    /// The other side failed on its end.
    ServerError,
    /// An answer came that we could not read (a login page, a truncated body).
    UnexpectedResponse,
    /// An answer claimed success without a receipt the engine could verify.
    InvalidReceipt,
}

impl RetryReason {
    /// The machine code stored in the outbox.
    pub fn code(self) -> &'static str {
        match self {
            Self::Network => "network",
            Self::Timeout => "timeout",
            Self::RateLimited => "rate_limited",
            Self::Redirected => "redirected",
            Self::ServerError => "server_error",
            Self::UnexpectedResponse => "unexpected_response",
            Self::InvalidReceipt => "invalid_receipt",
        }
    }
}

/// Why the hotline refused an envelope for good, as a short machine code (`[a-z0-9_.-]`, at
/// most 64 bytes; anything else is stored as `unknown`), e.g. `invalid_referral`, `key_retired`,
/// or `http_404` when the hotline gave no code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusalCode(String);

impl RefusalCode {
    /// A refusal code (sanitised when stored).
    pub fn new(code: impl Into<String>) -> Self {
        Self(code.into())
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What one call to [`Transport::deliver`] did: an outcome per envelope, in order, and what it
/// cost (for the sync report and benchmarks).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attempt {
    /// One outcome per envelope offered, in the same order.
    pub deliveries: Vec<Delivery>,
    /// Exchanges with the other side (HTTP requests, messages, hand-overs).
    pub round_trips: usize,
    /// Bytes sent.
    pub bytes_sent: usize,
}

/// Why a status query failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatusError {
    /// This transport cannot ask (one-way transports such as carried envelopes).
    #[error("this transport cannot ask for a status")]
    Unsupported,
    /// The question could not be asked or the answer not read; a machine code.
    #[error("status unavailable: {0}")]
    Failed(&'static str),
    /// The hotline answered with a refusal (e.g. `http_404`: unknown secret).
    #[error("status refused: {0}")]
    Refused(String),
}

/// Carries sealed envelopes to the hotline. What every implementation must guarantee:
///
/// - **One outcome per envelope**, in order: `deliver(batch).deliveries.len() == batch.len()`
///   (the engine treats a wrong length as "retry everything").
/// - **Byte-identical resends are safe.** The engine resends an envelope until it holds a
///   receipt, so the far end must be idempotent by referral id: the same envelope offered twice
///   yields the same receipt, and the hotline sees one request. A transport never edits,
///   re-encodes or splits an envelope's bytes in a way the hotline could not undo exactly.
/// - **Uncertain is [`Delivery::RetryLater`].** Anything short of an answer from the hotline —
///   a drop, a timeout, a portal, garbage — is "not delivered yet", never success.
///   [`Delivery::Refused`] is for a definite refusal that resending cannot cure.
/// - **Receipts are evidence, not verdicts.** A transport passes on whatever receipt came back;
///   the engine checks the hotline's signature over the envelope's id and bytes and ignores an
///   invalid one. A transport (or a relay behind it) can delay or lose envelopes, never forge
///   delivery.
/// - **Nothing about the person** goes into codes: they are machine codes only.
/// - **Cancellation-safe:** the engine may drop a call mid-way (app shutdown); the envelope stays
///   queued and is resent.
pub trait Transport: Send + Sync {
    /// A short machine name (`http`, `sms`, `carried`), stored with a refusal so the person can
    /// be told which route refused it. At most 8 bytes.
    fn name(&self) -> &'static str;

    /// Offers a batch of envelopes (the engine keeps it within [`crate::sync::SyncConfig`]'s
    /// limits) and reports what became of each.
    fn deliver(&self, batch: &[Envelope]) -> impl Future<Output = Attempt> + Send;

    /// Offers one feedback envelope (survivors' voices, `envelope::seal_feedback`) on its own
    /// route, never batched with requests. Same guarantees as [`Transport::deliver`]; the
    /// engine verifies the receipt the same way.
    fn deliver_feedback(&self, envelope: &Envelope) -> impl Future<Output = Delivery> + Send;

    /// Asks the hotline where a request stands, proving ownership with its status secret only.
    /// The engine checks that the answer is about `id`. One-way transports return
    /// [`StatusError::Unsupported`].
    fn status(
        &self,
        id: ReferralId,
        secret: &StatusSecret,
    ) -> impl Future<Output = Result<StatusResponse, StatusError>> + Send;

    /// Asks where a request stands that this phone does not hold: one known only by its
    /// status secret, derived from a reference a person typed ([`crate::reference`]). The
    /// answer names the request. Transports that route by id cannot, and keep this default.
    fn status_by_secret(
        &self,
        secret: &StatusSecret,
    ) -> impl Future<Output = Result<StatusResponse, StatusError>> + Send {
        let _ = secret;
        std::future::ready(Err(StatusError::Unsupported))
    }
}

/// A shared transport is a transport (the app delivers and asks for status over one).
impl<T: Transport + ?Sized> Transport for std::sync::Arc<T> {
    fn name(&self) -> &'static str {
        (**self).name()
    }

    fn deliver(&self, batch: &[Envelope]) -> impl Future<Output = Attempt> + Send {
        (**self).deliver(batch)
    }

    fn deliver_feedback(&self, envelope: &Envelope) -> impl Future<Output = Delivery> + Send {
        (**self).deliver_feedback(envelope)
    }

    fn status(
        &self,
        id: ReferralId,
        secret: &StatusSecret,
    ) -> impl Future<Output = Result<StatusResponse, StatusError>> + Send {
        (**self).status(id, secret)
    }

    fn status_by_secret(
        &self,
        secret: &StatusSecret,
    ) -> impl Future<Output = Result<StatusResponse, StatusError>> + Send {
        (**self).status_by_secret(secret)
    }
}
