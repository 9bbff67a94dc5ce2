//! Refusals on their way out: one [`Problem`] type that every handler returns as its error, so
//! handlers use `?` and every refusal is the same RFC 9457 `application/problem+json` answer
//! (type `urn:reach:problem:<code>`), with a `Retry-After` where retrying can help.

use axum::extract::rejection::BytesRejection;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use reach_core::envelope::EnvelopeError;
use reach_core::ids::ReferralId;
use reach_core::wire::{self, CT_PROBLEM, ProblemCode, WireError};

use crate::limits::Throttled;
use crate::storage::{self, Refusal, StorageError};

/// A refusal: the problem body the client gets, and how long it should wait before retrying
/// (`Retry-After`), if at all. Its `detail` must never contain request content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    code: ProblemCode,
    detail: Option<String>,
    retry_after: Option<u64>,
}

impl Problem {
    /// A refusal with `code` and an optional human detail, and no `Retry-After`.
    pub(crate) fn new(code: ProblemCode, detail: impl Into<Option<String>>) -> Self {
        Self {
            code,
            detail: detail.into(),
            retry_after: None,
        }
    }

    /// The same refusal with `Retry-After: secs` (at least 1 s: 0 would invite a busy loop).
    pub(crate) fn retry_after(mut self, secs: u64) -> Self {
        self.retry_after = Some(secs.max(1));
        self
    }

    /// 503 with a `Retry-After`, for anything that stored nothing and may succeed later.
    pub(crate) fn unavailable(detail: &str) -> Self {
        Self::new(ProblemCode::Unavailable, detail.to_owned()).retry_after(5)
    }

    /// The request ran out of time; nothing was stored (the delivery path makes that true).
    pub(crate) fn timed_out() -> Self {
        Self::unavailable("the request took too long; nothing was stored")
    }

    /// 404 with no detail: the status route gives this one answer for an unknown secret, a
    /// wrong one and an unreadable one, so nobody learns whether a request exists.
    pub(crate) fn not_found() -> Self {
        Self::new(ProblemCode::NotFound, None)
    }

    /// The body alone, for a refused item inside a batch answer (which has no headers of its
    /// own).
    pub(crate) fn into_wire(self) -> wire::Problem {
        wire::Problem::new(self.code, self.detail)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let retry_after = self.retry_after;
        let body = self.into_wire();
        let status = StatusCode::from_u16(body.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut res = (
            status,
            [(header::CONTENT_TYPE, HeaderValue::from_static(CT_PROBLEM))],
            serde_json::to_string(&body).expect("a problem serialises"),
        )
            .into_response();
        if let Some(secs) = retry_after {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        res
    }
}

/// Over a per-client allowance: 429 with the wait, or 413 when the body can never pass.
impl From<Throttled> for Problem {
    fn from(t: Throttled) -> Self {
        match t {
            Throttled::RetryAfter(secs) => {
                Self::new(ProblemCode::RateLimited, format!("retry after {secs} s"))
                    .retry_after(secs)
            }
            Throttled::TooLarge => Self::new(
                ProblemCode::TooLarge,
                "larger than this endpoint accepts from one client".to_owned(),
            ),
        }
    }
}

/// The writer refused to store a valid envelope (quota, disk): 503, retry when it can pass.
impl From<Refusal> for Problem {
    fn from(r: Refusal) -> Self {
        let (detail, secs) = match r {
            Refusal::DailyQuota => (
                "the hotline's storage quota for today is used up; nothing was stored; retry \
                 tomorrow (UTC)",
                storage::seconds_until_next_day(),
            ),
            Refusal::LowDiskSpace => (
                "the hotline is low on disk space; nothing was stored; retry later",
                600,
            ),
        };
        Self::new(ProblemCode::Unavailable, detail.to_owned()).retry_after(secs)
    }
}

/// A batch body whose framing cannot be read.
impl From<WireError> for Problem {
    fn from(e: WireError) -> Self {
        match e {
            WireError::TooLarge => Self::new(ProblemCode::TooLarge, None),
            WireError::Malformed(_) => Self::new(ProblemCode::Malformed, e.to_string()),
        }
    }
}

/// An envelope whose header cannot be read.
impl From<EnvelopeError> for Problem {
    fn from(e: EnvelopeError) -> Self {
        Self::new(ProblemCode::Malformed, e.to_string())
    }
}

/// The body could not be read: over the route's limit (axum's own rejection is plain text;
/// this makes it problem JSON like every other refusal), or broken off.
impl From<BytesRejection> for Problem {
    fn from(rejection: BytesRejection) -> Self {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Self::new(ProblemCode::TooLarge, None)
        } else {
            Self::new(
                ProblemCode::Malformed,
                "the body could not be read".to_owned(),
            )
        }
    }
}

/// The request's deadline passed while it was being read or handled.
impl From<tokio::time::error::Elapsed> for Problem {
    fn from(_: tokio::time::error::Elapsed) -> Self {
        Self::timed_out()
    }
}

/// A read-only lookup failed: 503 with no detail (the status route says nothing more).
impl From<StorageError> for Problem {
    fn from(_: StorageError) -> Self {
        Self::new(ProblemCode::Unavailable, None)
    }
}

/// The blocking task of a read-only lookup died: as a failed lookup.
impl From<tokio::task::JoinError> for Problem {
    fn from(_: tokio::task::JoinError) -> Self {
        Self::new(ProblemCode::Unavailable, None)
    }
}

/// One envelope refused before storage, with its id when the header was readable (a batch
/// answer reports it beside the problem).
#[derive(Debug)]
pub(crate) struct Rejected {
    /// The envelope's id, if its header could be read.
    pub(crate) id: Option<ReferralId>,
    /// Why it was refused.
    pub(crate) problem: Problem,
}

impl From<Rejected> for Problem {
    fn from(r: Rejected) -> Self {
        r.problem
    }
}

impl From<EnvelopeError> for Rejected {
    fn from(e: EnvelopeError) -> Self {
        Self {
            id: None,
            problem: e.into(),
        }
    }
}
