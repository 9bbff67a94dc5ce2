//! The export form's route (`POST /export`): checks, the encrypted file as a download, one
//! audit row per exported request. The formats and the encryption are `export.rs`.

use super::*;

/// The list again, saying why an export was refused, with the choices kept (never the
/// passphrase). Nothing was exported.
fn export_refused(
    inbox: &Inbox,
    headers: &HeaderMap,
    me: &Staff,
    csrf: &str,
    mut draft: pages::ExportDraft,
    id: &str,
    args: &[(&str, l10n::Arg)],
) -> Response {
    let l = lang(headers);
    draft.error = Some(l.ta(id, args));
    let staff_names = lock(&inbox.staff).names().unwrap_or_default();
    let index = lock(&inbox.index);
    let html = pages::list(
        &l,
        me,
        csrf,
        &index,
        &Filter::default(),
        &staff_names,
        Some(&draft),
    );
    page(StatusCode::BAD_REQUEST, html)
}

/// `POST /export`: the selected requests as an age-encrypted JSON or CSV file, for a
/// supervisor or admin; one audit row per request (`export:json`, `export:csv`) is durable
/// before the file is sent.
pub(super) async fn export_requests(
    State(inbox): State<Shared>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let Some((me, csrf)) = session(&inbox, &headers) else {
        return to_login(cookie(&headers, SESSION_COOKIE).is_some());
    };
    // The body holds the passphrase: parsed into buffers that are zeroized when dropped.
    let fields: Vec<(zeroize::Zeroizing<String>, zeroize::Zeroizing<String>)> =
        form_urlencoded::parse(&body)
            .map(|(k, v)| {
                (
                    zeroize::Zeroizing::new(k.into_owned()),
                    zeroize::Zeroizing::new(v.into_owned()),
                )
            })
            .collect();
    drop(body);
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k.as_str() == name)
            .map_or("", |(_, v)| v.as_str())
    };
    if !csrf_ok(&csrf, field("csrf")) {
        return refusal(&headers, StatusCode::FORBIDDEN, "error-csrf");
    }
    if me.role < Role::Supervisor {
        return refusal(&headers, StatusCode::FORBIDDEN, "error-forbidden");
    }
    let ids: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k.as_str() == "ids")
        .map(|(_, v)| v.trim().to_owned())
        .take(export::MAX_IDS + 1)
        .collect();
    let draft = pages::ExportDraft {
        ids: ids.clone(),
        format: field("format").to_owned(),
        protect: field("protect").to_owned(),
        recipient: field("recipient").chars().take(200).collect(),
        error: None,
    };
    let refuse = |draft, id: &str, args: &[(&str, l10n::Arg)]| {
        export_refused(&inbox, &headers, &me, &csrf, draft, id, args)
    };
    if let Err(res) = refresh(&inbox, &me.name).await {
        return res;
    }
    if ids.is_empty() {
        return refuse(draft, "export-error-none", &[]);
    }
    if ids.len() > export::MAX_IDS {
        return refuse(
            draft,
            "export-error-too-many",
            &[("max", l10n::Arg::Num(export::MAX_IDS as f64))],
        );
    }
    let Some(format) = export::Format::parse(field("format")) else {
        return refuse(draft, "error-bad-input", &[]);
    };
    let mut parsed: Vec<ReferralId> = Vec::with_capacity(ids.len());
    {
        let index = lock(&inbox.index);
        for id in &ids {
            let known = parse_id(id).and_then(|id| index.get(&id).map(|e| (id, e.shareable())));
            match known {
                // Checked before anything else of the request is read: the person said no.
                Some((_, false)) => {
                    drop(index);
                    return refuse(draft, "export-error-hotline-only", &[]);
                }
                Some((id, true)) if !parsed.contains(&id) => parsed.push(id),
                Some(_) => {}
                None => {
                    drop(index);
                    return refuse(draft, "export-error-unknown", &[]);
                }
            }
        }
    }
    let protect =
        match export::protection(field("protect"), field("passphrase"), field("recipient")) {
            Ok(p) => p,
            Err(id) => return refuse(draft, id, &[]),
        };
    drop(fields);
    let actor = me.name.clone();
    let inbox2 = inbox.clone();
    let result = blocking(move || -> Result<Option<Vec<u8>>, HotlineError> {
        // The index alone while the plaintext is built; the database alone for the audit.
        let plain = {
            let index = lock(&inbox2.index);
            let entries: Option<Vec<&index::Entry>> =
                parsed.iter().map(|id| index.get(id)).collect();
            let Some(entries) = entries else {
                return Ok(None);
            };
            match format {
                export::Format::Json => {
                    export::json(&entries).map_err(|e| HotlineError::Export(e.to_string()))?
                }
                export::Format::Csv => {
                    export::csv(&entries).map_err(|e| HotlineError::Export(e.to_string()))?
                }
            }
        };
        let sealed =
            export::seal(&plain, &protect).map_err(|e| HotlineError::Export(e.to_string()))?;
        drop(plain);
        let day = today();
        let action = format!("export:{}", format.as_str());
        let ids: Vec<String> = parsed.iter().map(ToString::to_string).collect();
        let events: Vec<AuditEvent<'_>> = ids
            .iter()
            .map(|referral_id| AuditEvent {
                referral_id,
                action: &action,
                actor: &actor,
                day: &day,
            })
            .collect();
        inbox2.store.append_audit(&events)?;
        Ok(Some(sealed))
    })
    .await;
    let sealed = match result {
        Ok(Ok(Some(s))) => s,
        Ok(Ok(None)) => return refuse(draft, "export-error-unknown", &[]),
        Ok(Err(e)) => return internal(e),
        Err(res) => return res,
    };
    let filename = format!(
        "reach-export-{}.{}.age",
        chrono::Utc::now().format("%Y-%m-%d"),
        format.as_str()
    );
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
                    .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
            ),
        ],
        sealed,
    )
        .into_response()
}
