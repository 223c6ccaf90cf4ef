//! Tencent Cloud CVM: TC3-HMAC-SHA256 recomputed by hand from the venue's documented recipe,
//! compared byte for byte with what the generated `venue_client::tencent_cvm` signer puts on a
//! request built from typed params (the compiled request path, not the raw-request path the
//! spec's examples use).
//!
//! Recipe (Tencent Cloud API 3.0 "Signature v3", cloud.tencent.com/document/api/213/30654;
//! TencentCloud/signature-process-demo signature-v3/python/demo.py):
//! canonical request = METHOD \n path \n query \n "content-type:…\nhost:…\nx-tc-action:<action
//! lower-cased>\n" \n "content-type;host;x-tc-action" \n hex(sha256(body));
//! string to sign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + date/cvm/tc3_request + "\n" +
//! hex(sha256(canonical request)), date being the UTC day of the timestamp; key =
//! HMAC(HMAC(HMAC("TC3" + SecretKey, date), "cvm"), "tc3_request"). The 2019 generation signs
//! only `content-type;host`. The expected side reads the request's own URL, headers and body
//! bytes and uses `hmac`/`sha2`/`hex` and a hand-written civil-date conversion, never the
//! generator or venue-runtime.

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::{Digest, Sha256};
use venue_client::tencent_cvm::{
    Credentials, DescribeInstancesParams, Filter, PRODUCTION_URL, Scheme, Signer,
};
use venue_runtime as rt;

const SECRET_ID: &str = "AKIDfake0000recompute0000000000000001";
const SECRET_KEY: &str = "fake-tc3-recompute-secret-key-0001";
const REGION: &str = "ap-guangzhou";
const JSON_TYPE: &str = "application/json; charset=utf-8";

fn credentials() -> serde_json::Value {
    json!({ "secret_id": SECRET_ID, "secret_key": SECRET_KEY, "region": REGION })
}

fn stamp(now_ms: u64) -> rt::Stamp {
    rt::Stamp {
        now_ms,
        nonce: 1,
        random: 0,
    }
}

fn sign(params: serde_json::Value, now_ms: u64) -> rt::Request {
    venue_client::tencent_cvm::sign_json(
        &credentials(),
        "describe_instances",
        &params,
        None,
        stamp(now_ms),
        &mut rt::Trace::off(),
    )
    .expect("signs")
}

fn hmac256(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("any key length");
    mac.update(msg);
    mac.finalize().into_bytes().to_vec()
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// `YYYY-MM-DD` (UTC) of a Unix time in seconds: days since the epoch to a civil date
/// (H. Hinnant's `civil_from_days`).
fn utc_date(unix_s: u64) -> String {
    let z = (unix_s / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// What the recipe reads from a request as sent.
struct Sent<'a> {
    method: &'a str,
    url: &'a str,
    content_type: &'a str,
    action: &'a str,
    timestamp: &'a str,
    body: &'a [u8],
}

impl<'a> Sent<'a> {
    fn of(req: &'a rt::Request) -> Self {
        Sent {
            method: req.method.as_str(),
            url: &req.url,
            content_type: req.header("Content-Type").expect("Content-Type sent"),
            action: req.header("X-TC-Action").expect("X-TC-Action sent"),
            timestamp: req.header("X-TC-Timestamp").expect("X-TC-Timestamp sent"),
            body: req.body.as_deref().unwrap_or_default(),
        }
    }
}

/// The whole `Authorization` header, rebuilt from what was sent. `with_action` picks the
/// current generation (`content-type;host;x-tc-action`) over the 2019 one.
fn recompute(sent: &Sent, secret_id: &str, secret_key: &str, with_action: bool) -> String {
    let rest = sent.url.strip_prefix("https://").expect("https URL");
    let (host, path_query) = rest.split_at(rest.find('/').expect("a path"));
    let (path, query) = path_query.split_once('?').unwrap_or((path_query, ""));
    let mut canonical_headers = format!("content-type:{}\nhost:{host}\n", sent.content_type);
    let mut signed_headers = String::from("content-type;host");
    if with_action {
        let action = sent.action.to_ascii_lowercase();
        canonical_headers.push_str(&format!("x-tc-action:{action}\n"));
        signed_headers.push_str(";x-tc-action");
    }
    let canonical_request = format!(
        "{}\n{path}\n{query}\n{canonical_headers}\n{signed_headers}\n{}",
        sent.method,
        sha256_hex(sent.body)
    );
    let date = utc_date(sent.timestamp.parse().expect("whole seconds"));
    let scope = format!("{date}/cvm/tc3_request");
    let string_to_sign = format!(
        "TC3-HMAC-SHA256\n{}\n{scope}\n{}",
        sent.timestamp,
        sha256_hex(canonical_request.as_bytes())
    );
    let secret_date = hmac256(format!("TC3{secret_key}").as_bytes(), date.as_bytes());
    let secret_service = hmac256(&secret_date, b"cvm");
    let secret_signing = hmac256(&secret_service, b"tc3_request");
    let signature = hex::encode(hmac256(&secret_signing, string_to_sign.as_bytes()));
    format!(
        "TC3-HMAC-SHA256 Credential={secret_id}/{scope}, SignedHeaders={signed_headers}, Signature={signature}"
    )
}

fn expected_authorization(req: &rt::Request, with_action: bool) -> String {
    recompute(&Sent::of(req), SECRET_ID, SECRET_KEY, with_action)
}

fn assert_common_headers(req: &rt::Request, timestamp: &str) {
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url, "https://cvm.tencentcloudapi.com/");
    assert_eq!(req.header("X-TC-Action"), Some("DescribeInstances"));
    assert_eq!(req.header("X-TC-Version"), Some("2017-03-12"));
    assert_eq!(req.header("X-TC-Region"), Some(REGION));
    assert_eq!(req.header("X-TC-Timestamp"), Some(timestamp));
    assert_eq!(req.header("Content-Type"), Some(JSON_TYPE));
}

const FILTERED_BODY: &str =
    r#"{"Limit":2,"Filters":[{"Name":"instance-name","Values":["未命名","a b/c,d"]}]}"#;

#[test]
fn a_filtered_describe_instances_is_signed_over_the_exact_body_sent() {
    let req = sign(
        json!({"Limit": 2, "Filters": [{"Name": "instance-name", "Values": ["未命名", "a b/c,d"]}]}),
        1_700_000_000_123,
    );
    assert_common_headers(&req, "1700000000");
    // Raw UTF-8 (not `\u` escapes), nothing escaped: the hash covers these very bytes.
    assert_eq!(req.body.as_deref(), Some(FILTERED_BODY.as_bytes()));
    let authorization = req.header("Authorization").expect("signed");
    assert_eq!(authorization, expected_authorization(&req, true));
    assert!(
        authorization.starts_with(
            "TC3-HMAC-SHA256 Credential=AKIDfake0000recompute0000000000000001/2023-11-14/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature="
        ),
        "{authorization}"
    );
    // The signature binds the body: one byte changed, another signature.
    let mut tampered = req.clone();
    tampered.body = Some(FILTERED_BODY.replace("Limit\":2", "Limit\":3").into_bytes());
    assert_ne!(authorization, expected_authorization(&tampered, true));
}

#[test]
fn the_date_scope_is_the_utc_day_of_the_timestamp() {
    // 2024-02-29T23:59:59.999Z, then 2024-03-01T00:00:00.000Z one millisecond later.
    let before = sign(json!({"Limit": 1}), 1_709_251_199_999);
    let after = sign(json!({"Limit": 1}), 1_709_251_200_000);
    assert_common_headers(&before, "1709251199");
    assert_common_headers(&after, "1709251200");
    assert_eq!(before.body.as_deref(), Some(&br#"{"Limit":1}"#[..]));
    assert_eq!(after.body, before.body);
    for (req, date) in [(&before, "2024-02-29"), (&after, "2024-03-01")] {
        let authorization = req.header("Authorization").expect("signed");
        assert_eq!(authorization, expected_authorization(req, true));
        let scope = format!("Credential={SECRET_ID}/{date}/cvm/tc3_request, ");
        assert!(authorization.contains(&scope), "{authorization}");
    }
}

#[test]
fn the_2019_scheme_signs_content_type_and_host_only() {
    // `sign_json` signs with the endpoint's scheme (`tc3`); the other one is reachable
    // through the Signer with the typed params.
    let signer = Signer::new(Credentials::from_json(&credentials()).unwrap()).unwrap();
    let base = rt::BaseUrl::parse(PRODUCTION_URL).unwrap();
    let params = DescribeInstancesParams {
        limit: Some(2),
        filters: Some(vec![Filter {
            name: "instance-name".into(),
            values: vec!["未命名".into(), "a b/c,d".into()],
        }]),
        ..Default::default()
    };
    let at = |scheme| {
        signer
            .sign(
                scheme,
                &params,
                &base,
                &stamp(1_700_000_000_123),
                &mut rt::Trace::off(),
            )
            .unwrap()
    };
    let req = at(Scheme::Tc3ContentHost);
    assert_common_headers(&req, "1700000000");
    assert_eq!(req.body.as_deref(), Some(FILTERED_BODY.as_bytes()));
    let authorization = req.header("Authorization").expect("signed");
    assert_eq!(authorization, expected_authorization(&req, false));
    assert!(
        authorization.contains(", SignedHeaders=content-type;host, "),
        "{authorization}"
    );
    // The same typed call through `Scheme::Tc3` is what `sign_json` sends.
    let current = at(Scheme::Tc3);
    let via_json = sign(
        json!({"Limit": 2, "Filters": [{"Name": "instance-name", "Values": ["未命名", "a b/c,d"]}]}),
        1_700_000_000_123,
    );
    assert_eq!(current.url, via_json.url);
    assert_eq!(current.body, via_json.body);
    assert_eq!(
        current.header("Authorization"),
        via_json.header("Authorization")
    );
    assert_ne!(current.header("Authorization"), Some(authorization));
}

#[test]
fn the_hand_written_date_conversion_agrees_with_known_days() {
    // The expected side's own calendar, pinned to dates printed elsewhere (the docs' example
    // and the spec's GET reference case).
    assert_eq!(utc_date(1_551_113_065), "2019-02-25");
    assert_eq!(utc_date(1_700_000_000), "2023-11-14");
    assert_eq!(utc_date(0), "1970-01-01");
    assert_eq!(utc_date(951_868_799), "2000-02-29");
    assert_eq!(utc_date(951_868_800), "2000-03-01");
}

#[test]
fn the_recomputation_reproduces_the_documented_signatures() {
    // The expected side itself, checked against both generations' printed Authorization for
    // the docs' DescribeInstances example (the page's 86-byte body, its `\u` escapes literal).
    let doc = Sent {
        method: "POST",
        url: "https://cvm.tencentcloudapi.com/",
        content_type: JSON_TYPE,
        action: "DescribeInstances",
        timestamp: "1551113065",
        body: br#"{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"#,
    };
    assert_eq!(doc.body.len(), 86);
    assert_eq!(
        recompute(
            &doc,
            &format!("AKID{}", "*".repeat(32)),
            &"*".repeat(32),
            true
        ),
        "TC3-HMAC-SHA256 Credential=AKID********************************/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"
    );
    assert_eq!(
        recompute(
            &doc,
            "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
            "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
            false
        ),
        "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
    );
}

#[test]
fn no_params_is_an_empty_json_object_sent_as_json() {
    // The docs allow only JSON or multipart bodies on a POST, so an empty call still sends
    // `{}` as JSON rather than switching to the GET-only form content type.
    let req = sign(json!({}), 1_700_000_000_123);
    assert_common_headers(&req, "1700000000");
    assert_eq!(req.body.as_deref(), Some(&b"{}"[..]));
    let content_types = req
        .headers
        .iter()
        .filter(|h| h.name.eq_ignore_ascii_case("Content-Type"))
        .count();
    assert_eq!(content_types, 1);
    assert_eq!(
        req.header("Authorization"),
        Some(expected_authorization(&req, true).as_str())
    );
}
