//! Nonce lanes: one per API key in a process, optionally persisted so that several processes
//! on one key stay strictly increasing too.
//!
//! A venue that requires increasing nonces rejects a request whose nonce is not above the last
//! one it saw for the key. Two things can break that: two sources handing out nonces for one key
//! (two clients, two processes), and a later request overtaking an earlier one on the wire. A
//! lane fixes both: it owns the key's nonce counter, and a call holds the lane's turn from
//! stamping until its response (or its timeout), so requests reach the venue in nonce order.
//! With a nonce directory the turn also holds an exclusive lock on the key's counter file, and
//! the counter starts above the value stored there.

use std::collections::HashMap;
use std::fmt;
use std::fs::File;
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock, Weak};

use sha2::{Digest as _, Sha256};

use crate::{Error, NonceSource, SecretString};
use secrecy::ExposeSecret as _;

/// Which account a set of credentials signs for: a SHA-256 digest of the venue's name and the
/// credential values. The values themselves are not kept.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyId {
    venue: &'static str,
    digest: [u8; 32],
}

impl KeyId {
    /// Credentials in the order the venue declares them; `None` for an optional one not given.
    pub fn of(venue: &'static str, credentials: &[Option<&SecretString>]) -> KeyId {
        let mut hash = Sha256::new();
        hash.update(venue.as_bytes());
        for credential in credentials {
            // Length-prefixed, so no two different lists hash the same bytes.
            match credential {
                None => hash.update([0]),
                Some(secret) => {
                    let value = secret.expose_secret().as_bytes();
                    hash.update([1]);
                    hash.update((value.len() as u64).to_le_bytes());
                    hash.update(value);
                }
            }
        }
        KeyId {
            venue,
            digest: hash.finalize().into(),
        }
    }

    /// The key at one base URL: a venue counts nonces per key on its own servers, so a
    /// sandbox (or a test server) is a separate sequence.
    fn at(&self, base_url: &str) -> LaneId {
        let mut hash = Sha256::new();
        hash.update(self.digest);
        hash.update(base_url.as_bytes());
        LaneId {
            venue: self.venue,
            digest: hash.finalize().into(),
        }
    }
}

/// One key at one base URL.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct LaneId {
    venue: &'static str,
    digest: [u8; 32],
}

impl LaneId {
    /// `<venue>-<first 16 digest bytes in hex>.nonce`: stable across processes, and says which
    /// venue a file belongs to without saying anything about the key.
    fn file_name(&self) -> String {
        let venue: String = self
            .venue
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        format!("{venue}-{}.nonce", crate::hex(&self.digest[..16]))
    }
}

impl fmt::Debug for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyId")
            .field("venue", &self.venue)
            .finish_non_exhaustive()
    }
}

/// One key's nonce counter and turn, shared by every client in the process on that key.
#[derive(Default)]
pub(crate) struct Lane {
    /// `None` for a client with no key given: its lane is its own.
    id: Option<LaneId>,
    pub(crate) nonces: NonceSource,
    turn: tokio::sync::Mutex<()>,
    /// The counter file, when the key's nonces persist across processes.
    file: Mutex<Option<PathBuf>>,
}

impl fmt::Debug for Lane {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lane")
            .field("last", &self.nonces.last())
            .finish_non_exhaustive()
    }
}

fn lanes() -> &'static Mutex<HashMap<LaneId, Weak<Lane>>> {
    static LANES: OnceLock<Mutex<HashMap<LaneId, Weak<Lane>>>> = OnceLock::new();
    LANES.get_or_init(Default::default)
}

/// The process's lane for `key` at `base_url`, made on first use; dropped with its last client.
pub(crate) fn lane_for(key: &KeyId, base_url: &str) -> Arc<Lane> {
    let id = key.at(base_url);
    let mut lanes = lanes().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(lane) = lanes.get(&id).and_then(Weak::upgrade) {
        return lane;
    }
    lanes.retain(|_, lane| lane.strong_count() > 0);
    let lane = Arc::new(Lane {
        id: Some(id),
        ..Lane::default()
    });
    lanes.insert(id, Arc::downgrade(&lane));
    lane
}

impl Lane {
    /// Persists this lane's counter in `dir` (made if missing), for every client on the key.
    pub(crate) fn persist_in(&self, dir: PathBuf) -> Result<(), Error> {
        let Some(id) = &self.id else {
            return Err(Error::InvalidParam {
                name: String::new(),
                message: "a nonce directory needs the client's key (`with_key`) first".into(),
            });
        };
        std::fs::create_dir_all(&dir).map_err(|e| nonce_file_error(&dir, &e))?;
        let path = dir.join(id.file_name());
        *self.file.lock().unwrap_or_else(|e| e.into_inner()) = Some(path);
        Ok(())
    }

    /// Waits for this key's turn: other calls in the process first, then (with a counter
    /// file) other processes. The counter is raised above the stored value before returning.
    pub(crate) async fn turn(&self) -> Result<Turn<'_>, Error> {
        let guard = self.turn.lock().await;
        let path = self.file.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let file = match path {
            None => None,
            Some(path) => {
                // `File::lock` blocks the thread until other processes let go.
                let (file, stored) = tokio::task::spawn_blocking(move || lock_counter(&path))
                    .await
                    .map_err(|e| Error::Transport(format!("nonce file: {e}")))??;
                self.nonces.raise_to(stored);
                Some(file)
            }
        };
        Ok(Turn {
            file,
            _guard: guard,
            lane: self,
        })
    }
}

/// Opens and exclusively locks the counter file, and reads the last nonce stored (0 when the
/// file is new or empty).
fn lock_counter(path: &PathBuf) -> Result<(File, u64), Error> {
    let mut file = File::options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(|e| nonce_file_error(path, &e))?;
    file.lock().map_err(|e| nonce_file_error(path, &e))?;
    let mut text = String::new();
    file.read_to_string(&mut text)
        .map_err(|e| nonce_file_error(path, &e))?;
    let text = text.trim();
    let stored = if text.is_empty() {
        0
    } else {
        text.parse::<u64>().map_err(|_| Error::Transport(format!(
            "nonce file {} does not hold a number; delete it only if no other process uses this key",
            path.display()
        )))?
    };
    Ok((file, stored))
}

fn nonce_file_error(path: &std::path::Path, error: &std::io::Error) -> Error {
    Error::Transport(format!("nonce file {}: {error}", path.display()))
}

/// A call's turn on its key's lane; the next call on the key waits until it is dropped.
// Fields drop in order: the file lock goes before the in-process turn is handed on.
pub(crate) struct Turn<'a> {
    file: Option<File>,
    _guard: tokio::sync::MutexGuard<'a, ()>,
    lane: &'a Lane,
}

impl Drop for Turn<'_> {
    // The last nonce is stored whether or not its request got through: a nonce the venue may
    // have seen must never be handed out again.
    fn drop(&mut self) {
        let Some(file) = &mut self.file else { return };
        let last = self.lane.nonces.last();
        let stored = file
            .set_len(0)
            .and_then(|()| file.seek(SeekFrom::Start(0)))
            .and_then(|_| file.write_all(last.to_string().as_bytes()))
            .and_then(|()| file.flush());
        if let Err(error) = stored {
            tracing::warn!(
                target: "venue_runtime",
                %error,
                "could not store the last nonce; another process on this key may reuse it"
            );
        }
        // Dropping the file releases the lock.
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(text: &str) -> SecretString {
        SecretString::from(text.to_owned())
    }

    #[test]
    fn key_ids_tell_credentials_apart_and_show_nothing() {
        let (a, b) = (secret("key-a"), secret("key-b"));
        let id = |venue, creds: &[Option<&SecretString>]| KeyId::of(venue, creds);
        assert_eq!(id("v", &[Some(&a), None]), id("v", &[Some(&a), None]));
        assert_ne!(id("v", &[Some(&a), None]), id("v", &[Some(&b), None]));
        assert_ne!(id("v", &[Some(&a), None]), id("v", &[None, Some(&a)]));
        assert_ne!(id("v", &[Some(&a)]), id("w", &[Some(&a)]));
        let shown = format!("{:?}", id("v", &[Some(&a)]));
        assert!(!shown.contains("key-a"), "{shown}");
        assert!(id("a/b", &[]).at("x").file_name().starts_with("a_b-"));
    }

    #[test]
    fn clients_on_one_key_share_a_lane() {
        let key = KeyId::of("lane-test", &[Some(&secret("k"))]);
        let other = KeyId::of("lane-test", &[Some(&secret("other"))]);
        let lane = lane_for(&key, "https://a");
        assert!(Arc::ptr_eq(&lane, &lane_for(&key, "https://a")));
        assert!(!Arc::ptr_eq(&lane, &lane_for(&other, "https://a")));
        assert!(!Arc::ptr_eq(&lane, &lane_for(&key, "https://sandbox.a")));
    }

    #[tokio::test]
    async fn counter_file_carries_nonces_across_lanes() {
        let dir = std::env::temp_dir().join(format!("venue-nonce-test-{}", std::process::id()));
        let key = KeyId::of("file-test", &[Some(&secret("k"))]);
        // Two lanes stand for two processes: each has its own counter, one file between them.
        let id = Some(key.at("https://a"));
        let (first, second) = (
            Lane {
                id,
                ..Lane::default()
            },
            Lane {
                id,
                ..Lane::default()
            },
        );
        first.persist_in(dir.clone()).unwrap();
        second.persist_in(dir.clone()).unwrap();
        let file = dir.join(key.at("https://a").file_name());
        {
            let _turn = first.turn().await.unwrap();
            assert_eq!(first.nonces.next(5_000), 5_000);
            assert_eq!(first.nonces.next(5_000), 5_001);
        }
        {
            let _turn = second.turn().await.unwrap();
            // Its clock is behind: the stored counter still wins.
            assert_eq!(second.nonces.next(4_000), 5_002);
        }
        let stored = std::fs::read_to_string(&file).unwrap();
        assert_eq!(stored, "5002");
        std::fs::write(&file, "garbage").unwrap();
        let err = first.turn().await.map(|_| ()).unwrap_err();
        assert!(err.to_string().contains("does not hold a number"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
