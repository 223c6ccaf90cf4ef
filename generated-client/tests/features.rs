//! Every spec in specs/ has a cargo feature of its own, listed in `all-venues`, and every venue
//! feature names a spec. (`all-venues` builds a spec without a feature too; this test keeps
//! the features complete so that a user can still pick that venue alone.)

use std::path::Path;

const MANIFEST: &str = include_str!("../Cargo.toml");

/// Features that are not venues.
const NOT_VENUES: &[&str] = &["default", "all-venues", "rust_decimal"];

/// The file stems of the specs in specs/ (`*.yaml`, `*.yml`), sorted.
fn spec_stems() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let mut stems: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|entry| entry.expect("read a specs/ entry").path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")))
        .filter_map(|p| Some(p.file_stem()?.to_str()?.to_owned()))
        .collect();
    stems.sort();
    stems
}

/// The lines of the manifest's `[features]` table.
fn features_table() -> Vec<&'static str> {
    MANIFEST
        .lines()
        .skip_while(|l| l.trim() != "[features]")
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with('['))
        .collect()
}

/// Every feature name declared in `[features]`.
fn features() -> Vec<String> {
    features_table()
        .iter()
        .filter(|l| !l.starts_with([' ', '\t', '#', ']']))
        .filter_map(|l| l.split_once('='))
        .map(|(name, _)| name.trim().trim_matches('"').to_owned())
        .collect()
}

/// The features `all-venues` turns on.
fn all_venues() -> Vec<String> {
    let table = features_table().join("\n");
    let start = table
        .find("all-venues = [")
        .expect("generated-client/Cargo.toml declares `all-venues = [...]` under [features]");
    let list = &table[start + "all-venues = [".len()..];
    let list = &list[..list.find(']').expect("`all-venues = [` is closed")];
    list.split(',')
        .map(|s| s.trim().trim_matches('"').to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn every_spec_has_a_feature_in_all_venues() {
    let features = features();
    let all = all_venues();
    assert!(features.iter().any(|f| f == "default"), "{features:?}");
    let mut missing = Vec::new();
    for stem in spec_stems() {
        let mut fixes = Vec::new();
        if !features.contains(&stem) {
            fixes.push(format!("add the line `{stem} = []`"));
        }
        if !all.contains(&stem) {
            fixes.push(format!("add \"{stem}\" to the `all-venues` list"));
        }
        if !fixes.is_empty() {
            missing.push(format!(
                "specs/{stem}.yaml has no complete cargo feature: in generated-client/Cargo.toml, \
                 under [features], {} (`all-venues` already builds it; the feature lets a user \
                 build `{stem}` alone)",
                fixes.join(" and "),
            ));
        }
    }
    assert!(missing.is_empty(), "\n{}", missing.join("\n"));
}

#[test]
fn every_venue_feature_has_a_spec() {
    let stems = spec_stems();
    let mut orphans: Vec<String> = features()
        .into_iter()
        .chain(all_venues())
        .filter(|f| !NOT_VENUES.contains(&f.as_str()) && !stems.contains(f))
        .map(|f| {
            format!(
                "feature `{f}` in generated-client/Cargo.toml names no spec: there is no \
                 specs/{f}.yaml; remove the feature (and its `all-venues` entry) or add the spec"
            )
        })
        .collect();
    orphans.dedup();
    assert!(orphans.is_empty(), "\n{}", orphans.join("\n"));
}
