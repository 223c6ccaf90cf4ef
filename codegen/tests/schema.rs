//! The checked-in JSON Schema (for editors) must match the spec types.

#[test]
fn checked_in_schema_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("spec.schema.json");
    let current = venue_codegen::json_schema();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &current).expect("write schema");
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == current,
        "codegen/spec.schema.json is stale; regenerate with `UPDATE_SNAPSHOTS=1 cargo test -p venue-codegen --test schema`"
    );
}

#[test]
fn schema_describes_the_format() {
    let schema: serde_json::Value = serde_json::from_str(&venue_codegen::json_schema()).unwrap();
    let props = &schema["properties"];
    for key in [
        "title",
        "base_urls",
        "credentials",
        "auth",
        "endpoints",
        "examples",
    ] {
        assert!(props.get(key).is_some(), "schema lacks `{key}`");
    }
    assert_eq!(
        schema["additionalProperties"],
        serde_json::Value::Bool(false)
    );
}
