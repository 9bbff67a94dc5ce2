//! HTTPS to the hotline endpoint (`reach-hotline`): the transport in use.
//!
//! TLS is rustls with ring; when the profile pins roots only those are trusted, otherwise the
//! bundled Mozilla roots (never the device's store, which a controller may have added a CA
//! to). Redirects are never followed: a redirect is a portal or a misconfiguration. Statuses
//! map to [`Delivery`] as follows: 408, 429, 3xx and 5xx are retried (honouring `Retry-After`);
//! other 4xx are refusals, coded by the endpoint's problem code or `http_<status>`; `200` is
//! believed only with a JSON body of the expected shape.

use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, RETRY_AFTER};

use super::{Attempt, Delivery, RefusalCode, RetryReason, StatusError, Transport};
use crate::envelope::Envelope;
use crate::ids::{ReferralId, StatusSecret};
use crate::profile::{HotlineProfile, ProfileError};
use crate::receipt::Receipt;
use crate::wire::{self, BatchResponse, Delivered, Problem, StatusResponse};

/// Why the HTTP client could not be built.
#[derive(Debug, thiserror::Error)]
pub enum HttpTransportError {
    /// The profile is unusable (bundling error).
    #[error(transparent)]
    Profile(#[from] ProfileError),
    /// The TLS or HTTP client configuration failed.
    #[error("the HTTP client could not be configured: {0}")]
    Client(String),
}

/// Delivers over HTTPS to one hotline's endpoint.
pub struct HttpTransport {
    http: reqwest::Client,
    base_url: String,
}

impl HttpTransport {
    /// A transport for `profile`'s endpoint with the given timeouts.
    pub fn new(
        profile: &HotlineProfile,
        request_timeout: Duration,
        connect_timeout: Duration,
    ) -> Result<Self, HttpTransportError> {
        profile.validate()?;
        let mut roots = rustls::RootCertStore::empty();
        let pinned = profile.tls_roots_der()?;
        if pinned.is_empty() {
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        } else {
            for der in pinned {
                roots
                    .add(rustls::pki_types::CertificateDer::from(der))
                    .map_err(|_| ProfileError::TlsRoot)?;
            }
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| HttpTransportError::Client(e.to_string()))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .redirect(reqwest::redirect::Policy::none())
            .timeout(request_timeout)
            .connect_timeout(connect_timeout)
            .no_proxy()
            .user_agent("reach")
            .build()
            .map_err(|e| HttpTransportError::Client(e.to_string()))?;
        Ok(Self {
            http,
            base_url: profile.base_url().to_owned(),
        })
    }

    /// Sends a batch; falls back to one request per envelope when the endpoint refuses the
    /// batch route as a whole (a partner endpoint may not implement it).
    async fn send_batch(&self, batch: &[Envelope], out: &mut Attempt) -> Vec<Delivery> {
        let body = wire::encode_batch(batch.iter());
        out.round_trips += 1;
        out.bytes_sent += body.len();
        let resp = self
            .http
            .post(format!("{}{}", self.base_url, wire::PATH_BATCH))
            .header(CONTENT_TYPE, wire::CT_BATCH)
            .body(body)
            .send()
            .await;
        let Ok(resp) = resp else {
            return retry_all(batch.len(), RetryReason::Network, None);
        };
        let status = resp.status();
        if let Some((reason, after)) = transient_failure(status, &resp) {
            return retry_all(batch.len(), reason, after);
        }
        if status.is_client_error() {
            // The batch as a whole was refused: offer each envelope on its own so that a
            // permanent refusal is judged per request.
            let mut each = Vec::with_capacity(batch.len());
            for envelope in batch {
                each.push(self.send_single(envelope, out).await);
            }
            return each;
        }
        if status != StatusCode::OK || !is_json(&resp) {
            return retry_all(batch.len(), RetryReason::UnexpectedResponse, None);
        }
        let Ok(parsed) = resp.json::<BatchResponse>().await else {
            return retry_all(batch.len(), RetryReason::UnexpectedResponse, None);
        };
        if parsed.results.len() != batch.len() {
            return retry_all(batch.len(), RetryReason::UnexpectedResponse, None);
        }
        parsed
            .results
            .into_iter()
            .map(|r| judge_item(r.status, r.receipt, r.problem))
            .collect()
    }

    async fn send_single(&self, envelope: &Envelope, out: &mut Attempt) -> Delivery {
        self.post_envelope(wire::PATH_ENVELOPES, envelope, out)
            .await
    }

    /// `POST`s one envelope to `path` and judges the answer (requests and feedback alike).
    async fn post_envelope(&self, path: &str, envelope: &Envelope, out: &mut Attempt) -> Delivery {
        out.round_trips += 1;
        out.bytes_sent += envelope.as_bytes().len();
        let resp = self
            .http
            .post(format!("{}{}", self.base_url, path))
            .header(CONTENT_TYPE, wire::CT_ENVELOPE)
            .body(envelope.as_bytes().to_vec())
            .send()
            .await;
        let Ok(resp) = resp else {
            return retry(RetryReason::Network, None);
        };
        let status = resp.status();
        if let Some((reason, after)) = transient_failure(status, &resp) {
            return retry(reason, after);
        }
        if status.is_client_error() {
            let problem = resp.json::<Problem>().await.ok();
            return judge_item(status.as_u16(), None, problem);
        }
        if !(status == StatusCode::OK || status == StatusCode::CREATED) || !is_json(&resp) {
            return retry(RetryReason::UnexpectedResponse, None);
        }
        match resp.json::<Delivered>().await {
            Ok(d) => judge_item(status.as_u16(), Some(d.receipt), None),
            Err(_) => retry(RetryReason::UnexpectedResponse, None),
        }
    }
}

impl Transport for HttpTransport {
    fn name(&self) -> &'static str {
        "http"
    }

    async fn deliver(&self, batch: &[Envelope]) -> Attempt {
        let mut out = Attempt::default();
        let deliveries = self.send_batch(batch, &mut out).await;
        out.deliveries = deliveries;
        out
    }

    async fn deliver_feedback(&self, envelope: &Envelope) -> Delivery {
        self.post_envelope(wire::PATH_FEEDBACK, envelope, &mut Attempt::default())
            .await
    }

    async fn status(
        &self,
        _id: ReferralId,
        secret: &StatusSecret,
    ) -> Result<StatusResponse, StatusError> {
        // The endpoint finds a request by its secret's hash alone; the engine checks the id.
        self.status_by_secret(secret).await
    }

    async fn status_by_secret(&self, secret: &StatusSecret) -> Result<StatusResponse, StatusError> {
        let resp = self
            .http
            .post(format!("{}{}", self.base_url, wire::PATH_STATUS))
            .json(&wire::StatusRequest::new(secret))
            .send()
            .await
            .map_err(|_| StatusError::Failed("network"))?;
        if resp.status() != StatusCode::OK || !is_json(&resp) {
            return Err(StatusError::Refused(format!(
                "http_{}",
                resp.status().as_u16()
            )));
        }
        resp.json()
            .await
            .map_err(|_| StatusError::Failed("unexpected_response"))
    }
}

fn retry(reason: RetryReason, after: Option<Duration>) -> Delivery {
    Delivery::RetryLater { reason, after }
}

fn retry_all(n: usize, reason: RetryReason, after: Option<Duration>) -> Vec<Delivery> {
    (0..n).map(|_| retry(reason, after)).collect()
}

/// What one per-envelope answer means (the receipt is checked by the engine).
fn judge_item(status: u16, receipt: Option<Receipt>, problem: Option<Problem>) -> Delivery {
    match status {
        200 | 201 => match receipt {
            Some(r) => Delivery::Accepted(r),
            // A success without a receipt is not a success.
            None => retry(RetryReason::InvalidReceipt, None),
        },
        408 | 429 => retry(RetryReason::RateLimited, None),
        400..=499 => {
            let code = problem
                .and_then(|p| serde_json::to_value(p.code).ok())
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_else(|| format!("http_{status}"));
            Delivery::Refused {
                code: RefusalCode::new(code),
            }
        }
        _ => retry(RetryReason::ServerError, None),
    }
}

fn is_json(resp: &reqwest::Response) -> bool {
    resp.headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

/// Statuses that mean "try again later": 408, 429, 5xx and any redirect (never followed).
fn transient_failure(
    status: StatusCode,
    resp: &reqwest::Response,
) -> Option<(RetryReason, Option<Duration>)> {
    let retry_after = resp
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|s| Duration::from_secs(s.min(24 * 3600)));
    match status.as_u16() {
        408 => Some((RetryReason::Timeout, retry_after)),
        429 => Some((RetryReason::RateLimited, retry_after)),
        300..=399 => Some((RetryReason::Redirected, None)),
        500..=599 => Some((RetryReason::ServerError, retry_after)),
        _ => None,
    }
}
