//! The OpenAPI document: served as-is, identical to docs/openapi.json, and covering everything
//! the server actually produces.

use crate::common::Hotline;
use reach_core::wire::{self, ProblemCode, ReferralState};

fn docs_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/openapi.json")
}

#[tokio::test]
async fn served_document_equals_docs_file() {
    let h = Hotline::start(None).await;
    let res = h
        .client
        .get(format!("{}{}", h.url, wire::PATH_OPENAPI))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let served = res.text().await.unwrap();
    if std::env::var_os("REACH_UPDATE_OPENAPI").is_some() {
        std::fs::write(docs_path(), &served).unwrap();
    }
    let file = std::fs::read_to_string(docs_path())
        .expect("docs/openapi.json exists (REACH_UPDATE_OPENAPI=1 regenerates it)");
    assert_eq!(
        served, file,
        "docs/openapi.json is stale; run with REACH_UPDATE_OPENAPI=1"
    );
}

#[test]
fn document_covers_routes_codes_and_limits() {
    let doc: serde_json::Value =
        serde_json::from_str(reach_hotline::openapi::OPENAPI_JSON).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = &doc["paths"];
    for (path, method, codes) in [
        (
            wire::PATH_ENVELOPES,
            "post",
            &[
                "201", "200", "400", "409", "413", "415", "422", "429", "503",
            ][..],
        ),
        (
            wire::PATH_BATCH,
            "post",
            &["200", "400", "413", "415", "429", "503"][..],
        ),
        (
            wire::PATH_STATUS,
            "post",
            &["200", "400", "404", "413", "415", "429", "503"][..],
        ),
        (wire::PATH_PROFILE, "get", &["200"][..]),
        (wire::PATH_OPENAPI, "get", &["200"][..]),
    ] {
        let op = &paths[path][method];
        assert!(op.is_object(), "{method} {path} missing");
        for c in codes {
            assert!(
                op["responses"][*c].is_object(),
                "{method} {path} {c} missing"
            );
        }
    }
    assert!(
        paths[wire::PATH_ENVELOPES]["post"]["requestBody"]["content"][wire::CT_ENVELOPE]
            .is_object()
    );
    assert!(paths[wire::PATH_BATCH]["post"]["requestBody"]["content"][wire::CT_BATCH].is_object());
    assert_eq!(
        paths[wire::PATH_ENVELOPES]["post"]["requestBody"]["content"][wire::CT_ENVELOPE]["schema"]
            ["maxLength"],
        wire::MAX_SINGLE_BYTES
    );
    assert_eq!(
        paths[wire::PATH_BATCH]["post"]["requestBody"]["content"][wire::CT_BATCH]["schema"]["maxLength"],
        wire::MAX_BATCH_BYTES
    );
    assert!(paths[wire::PATH_STATUS]["post"]["requestBody"]["content"][wire::CT_JSON].is_object());
    assert!(
        paths
            .as_object()
            .unwrap()
            .keys()
            .all(|p| !p.contains("{id}")),
        "no route carries a referral id in its path"
    );
    // The schema names exactly the fields of the wire type.
    let example = serde_json::to_value(wire::StatusRequest::new(
        &reach_core::ids::StatusSecret::random(),
    ))
    .unwrap();
    let fields: Vec<&String> = example.as_object().unwrap().keys().collect();
    let required: Vec<String> =
        serde_json::from_value(doc["components"]["schemas"]["StatusRequest"]["required"].clone())
            .unwrap();
    assert_eq!(fields, required.iter().collect::<Vec<_>>());
    let schemas = &doc["components"]["schemas"];
    // A batch item can be refused for storage (quota, disk) as well as for itself.
    let item_statuses: Vec<u16> =
        serde_json::from_value(schemas["BatchItem"]["properties"]["status"]["enum"].clone())
            .unwrap();
    for s in [200, 201, 400, 409, 422, 503] {
        assert!(item_statuses.contains(&s), "batch item status {s}");
    }
    let codes: Vec<String> =
        serde_json::from_value(schemas["ProblemCode"]["enum"].clone()).unwrap();
    for code in [
        ProblemCode::Malformed,
        ProblemCode::UnsupportedMediaType,
        ProblemCode::TooLarge,
        ProblemCode::UnknownKey,
        ProblemCode::Conflict,
        ProblemCode::RateLimited,
        ProblemCode::NotFound,
        ProblemCode::Unavailable,
    ] {
        let s = serde_json::to_value(code).unwrap();
        assert!(codes.contains(&s.as_str().unwrap().to_owned()), "{code:?}");
    }
    assert_eq!(codes.len(), 8);
    let states: Vec<String> =
        serde_json::from_value(schemas["ReferralState"]["enum"].clone()).unwrap();
    // Exactly the states the code has, in its order.
    assert_eq!(states, ReferralState::SPELLINGS);
    // Every $ref resolves.
    fn refs(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                if let Some(serde_json::Value::String(r)) = m.get("$ref") {
                    out.push(r.clone());
                }
                m.values().for_each(|v| refs(v, out));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    refs(&doc, &mut all);
    assert!(!all.is_empty());
    for r in all {
        let ptr = r.strip_prefix('#').unwrap();
        assert!(doc.pointer(ptr).is_some(), "dangling {r}");
    }
}
