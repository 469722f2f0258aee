//! The ordered parallel runner: one reader thread, `threads` workers, the caller writes.
//!
//! ```text
//! reader ──batches──▶ workers (N) ──rendered batches──▶ writer (reorders by sequence number)
//!    ▲                                                      │
//!    └────────────── window: room for more ◀────────────────┘
//! ```
//!
//! A batch holds up to [`MAX_RECORDS`] records or [`MAX_BYTES`] bytes of input (at least one
//! record, so a single huge article still goes through). The reader takes room in the window
//! before sending a batch and the writer gives it back once the batch is written, so at most
//! `2 × threads + 2` batches and [`MAX_IN_FLIGHT`] bytes of input (or one batch, if it is
//! larger) exist at any time, wherever they are: memory stays bounded however far a slow
//! record holds up the ones behind it, and output comes out in input order.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::atomic::AtomicU64;
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError, sync_channel};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;

use super::diagnose::Tally;
use super::input::{Format, Item, Sink, Source, read_source};
use super::output::{Offsets, Status, Task, render};
use super::record::Fields;

/// Most records in one batch.
pub const MAX_RECORDS: usize = 256;
/// Batches are closed once they hold this many bytes of input.
pub const MAX_BYTES: usize = 4 << 20;
/// Most bytes of input read but not yet written, unless a single batch is larger.
pub const MAX_IN_FLIGHT: usize = 64 << 20;

/// Room for batches between the reader and the writer, counted in batches and input bytes.
struct Window {
    state: Mutex<WindowState>,
    room: Condvar,
    max_batches: usize,
}

#[derive(Default)]
struct WindowState {
    batches: usize,
    bytes: usize,
    closed: bool,
}

impl Window {
    fn lock(&self) -> MutexGuard<'_, WindowState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits for room for a batch of `bytes`; `false` when the writer has stopped.
    fn acquire(&self, bytes: usize) -> bool {
        let mut s = self.lock();
        while !s.closed
            && (s.batches >= self.max_batches || (s.batches > 0 && s.bytes + bytes > MAX_IN_FLIGHT))
        {
            s = self.room.wait(s).unwrap_or_else(PoisonError::into_inner);
        }
        if s.closed {
            return false;
        }
        s.batches += 1;
        s.bytes += bytes;
        true
    }

    fn release(&self, bytes: usize) {
        let mut s = self.lock();
        s.batches -= 1;
        s.bytes -= bytes;
        self.room.notify_all();
    }

    fn close(&self) {
        self.lock().closed = true;
        self.room.notify_all();
    }
}

struct Batch {
    seq: u64,
    items: Vec<Item>,
}

/// Output buffers the writer has written out, for the workers to fill again: a buffer kept
/// mapped costs no page faults and no pages cleared by the kernel, as a fresh one does.
struct Buffers {
    spare: Mutex<Vec<Vec<u8>>>,
    /// Most buffers kept.
    keep: usize,
}

impl Buffers {
    /// Buffers larger than this (a batch holding one huge record) are not kept.
    const MAX_KEPT: usize = 4 * MAX_BYTES;

    fn lock(&self) -> MutexGuard<'_, Vec<Vec<u8>>> {
        self.spare.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// An empty buffer with room for `capacity` bytes.
    fn take(&self, capacity: usize) -> Vec<u8> {
        let mut b = self.lock().pop().unwrap_or_default();
        b.reserve(capacity);
        b
    }

    /// Takes back a buffer that was written out.
    fn give(&self, mut b: Vec<u8>) {
        if b.capacity() > Self::MAX_KEPT {
            return;
        }
        b.clear();
        let mut spare = self.lock();
        if spare.len() < self.keep {
            spare.push(b);
        }
    }
}

/// A batch rendered by a worker.
pub(crate) struct Rendered {
    seq: u64,
    /// The output lines, one per item.
    pub bytes: Vec<u8>,
    /// Records written.
    pub records: u64,
    /// Error records among them (bad records and read failures).
    pub errors: u64,
    /// Records written with a warning.
    pub warnings: u64,
    /// Bytes of input in the batch (decompressed).
    pub input_bytes: u64,
    /// Messages for inputs that could not be read, in order.
    pub read_failures: Vec<String>,
    /// Per-input counts for the diagnostics.
    pub tally: Tally,
}

/// Settings for [`Pipeline::start`].
pub(crate) struct Setup {
    pub sources: Vec<Source>,
    pub format: Option<Format>,
    pub fields: Fields,
    pub offsets: Offsets,
    pub threads: usize,
    pub raw_bytes: Arc<AtomicU64>,
}

/// A running pipeline; the caller drains it with [`Pipeline::drain`].
pub(crate) struct Pipeline {
    results: Receiver<Rendered>,
    window: Arc<Window>,
    buffers: Arc<Buffers>,
}

impl Drop for Pipeline {
    /// Lets a waiting reader know that nothing more will be written.
    fn drop(&mut self) {
        self.window.close();
    }
}

impl Pipeline {
    /// Spawns the reader and the workers.
    pub fn start(setup: Setup, task: Task) -> Pipeline {
        let threads = setup.threads.max(1);
        let max_batches = 2 * threads + 2;
        let window = Arc::new(Window {
            state: Mutex::new(WindowState::default()),
            room: Condvar::new(),
            max_batches,
        });
        let buffers = Arc::new(Buffers {
            spare: Mutex::new(Vec::new()),
            keep: max_batches,
        });
        let (job_tx, job_rx) = sync_channel::<Batch>(max_batches);
        let (result_tx, result_rx) = sync_channel::<Rendered>(max_batches);

        let Setup {
            sources,
            format,
            fields,
            offsets,
            raw_bytes,
            ..
        } = setup;
        let reader_window = window.clone();
        thread::Builder::new()
            .name("news-extract-reader".into())
            .spawn(move || {
                let mut batcher = Batcher {
                    current: Vec::new(),
                    bytes: 0,
                    seq: 0,
                    jobs: job_tx,
                    window: reader_window,
                };
                for source in &sources {
                    if !read_source(source, format, raw_bytes.clone(), &mut batcher) {
                        return;
                    }
                }
                batcher.send();
            })
            .expect("spawn reader thread");

        let job_rx = Arc::new(Mutex::new(job_rx));
        let task = Arc::new(task);
        let fields = Arc::new(fields);
        for i in 0..threads {
            let jobs = job_rx.clone();
            let results = result_tx.clone();
            let task = task.clone();
            let fields = fields.clone();
            let buffers = buffers.clone();
            thread::Builder::new()
                .name(format!("news-extract-worker-{i}"))
                .spawn(move || {
                    loop {
                        // The lock is held only while waiting for the next batch.
                        let next = jobs.lock().map(|rx| rx.recv());
                        let Ok(Ok(batch)) = next else { return };
                        let rendered = render_batch(batch, &task, &fields, offsets, &buffers);
                        if results.send(rendered).is_err() {
                            return;
                        }
                    }
                })
                .expect("spawn worker thread");
        }
        Pipeline {
            results: result_rx,
            window,
            buffers,
        }
    }

    /// Writes every batch to `out` in input order, calling `seen` after each. Flushes `out`
    /// whenever no finished batch is waiting (so output streams) and at the end. Stops at
    /// the first write error and returns it; the other threads then stop on their own.
    pub fn drain(self, out: &mut dyn Write, mut seen: impl FnMut(&Rendered)) -> io::Result<()> {
        let mut pending: BTreeMap<u64, Rendered> = BTreeMap::new();
        let mut next = 0u64;
        loop {
            let rendered = match self.results.try_recv() {
                Ok(r) => r,
                Err(TryRecvError::Empty) => {
                    out.flush()?;
                    match self.results.recv() {
                        Ok(r) => r,
                        Err(_) => break,
                    }
                }
                Err(TryRecvError::Disconnected) => break,
            };
            pending.insert(rendered.seq, rendered);
            while let Some(r) = pending.remove(&next) {
                out.write_all(&r.bytes)?;
                seen(&r);
                self.window.release(r.input_bytes as usize);
                self.buffers.give(r.bytes);
                next += 1;
            }
        }
        out.flush()?;
        if pending.is_empty() {
            Ok(())
        } else {
            // Only possible if a worker thread died; say so rather than lose records quietly.
            Err(io::Error::other(format!(
                "internal error: batch {next} was lost; output stops before it"
            )))
        }
    }
}

fn render_batch(
    batch: Batch,
    task: &Task,
    fields: &Fields,
    offsets: Offsets,
    buffers: &Buffers,
) -> Rendered {
    let mut r = Rendered {
        seq: batch.seq,
        // The JSON written is about 1.4x the input on news (offsets for every sentence and
        // mention): room for twice the input means the buffer is rarely copied to grow.
        bytes: buffers.take(2 * batch.items.iter().map(Item::weight).sum::<usize>()),
        records: 0,
        errors: 0,
        warnings: 0,
        input_bytes: 0,
        read_failures: Vec::new(),
        tally: Tally::default(),
    };
    for item in batch.items {
        r.input_bytes += item.weight() as u64;
        r.records += 1;
        match render(item, task, fields, offsets, &mut r.bytes, &mut r.tally) {
            Status::Ok => {}
            Status::Warning => r.warnings += 1,
            Status::Failed => r.errors += 1,
            Status::ReadFailure(message) => {
                r.errors += 1;
                r.read_failures.push(message);
            }
        }
    }
    r
}

/// Groups the reader's items into batches and sends them when full, at input boundaries and
/// at the end.
struct Batcher {
    current: Vec<Item>,
    bytes: usize,
    seq: u64,
    jobs: SyncSender<Batch>,
    window: Arc<Window>,
}

impl Batcher {
    fn send(&mut self) -> bool {
        if self.current.is_empty() {
            return true;
        }
        if !self.window.acquire(self.bytes) {
            return false;
        }
        let batch = Batch {
            seq: self.seq,
            items: std::mem::take(&mut self.current),
        };
        self.seq += 1;
        self.bytes = 0;
        self.jobs.send(batch).is_ok()
    }
}

impl Sink for Batcher {
    fn item(&mut self, item: Item) -> bool {
        self.bytes += item.weight();
        self.current.push(item);
        if self.current.len() >= MAX_RECORDS || self.bytes >= MAX_BYTES {
            return self.send();
        }
        true
    }

    fn boundary(&mut self) -> bool {
        self.send()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn window(max_batches: usize) -> Arc<Window> {
        Arc::new(Window {
            state: Mutex::new(WindowState::default()),
            room: Condvar::new(),
            max_batches,
        })
    }

    #[test]
    fn window_counts_batches_and_bytes() {
        let w = window(3);
        // One batch larger than the byte budget still goes through when alone...
        assert!(w.acquire(MAX_IN_FLIGHT * 2));
        // ...but the next waits until it is written.
        let w2 = w.clone();
        let waiter = thread::spawn(move || w2.acquire(10));
        thread::sleep(Duration::from_millis(50));
        assert!(!waiter.is_finished());
        w.release(MAX_IN_FLIGHT * 2);
        assert!(waiter.join().unwrap());
        assert!(w.acquire(10));
        assert!(w.acquire(10));
        assert_eq!(w.lock().batches, 3);
    }

    #[test]
    fn closing_the_window_frees_a_waiting_reader() {
        let w = window(1);
        assert!(w.acquire(1));
        let w2 = w.clone();
        let waiter = thread::spawn(move || w2.acquire(1));
        thread::sleep(Duration::from_millis(20));
        w.close();
        assert!(!waiter.join().unwrap());
    }

    /// Written-out buffers come back empty, at most `keep` of them, never a huge one.
    #[test]
    fn buffers_are_reused_empty_and_bounded() {
        let pool = Buffers {
            spare: Mutex::new(Vec::new()),
            keep: 2,
        };
        let mut a = pool.take(100);
        assert!(a.is_empty() && a.capacity() >= 100);
        a.extend_from_slice(b"written");
        let ptr = a.as_ptr();
        pool.give(a);
        let b = pool.take(10);
        assert!(b.is_empty());
        assert_eq!(b.as_ptr(), ptr, "the same allocation again");
        pool.give(b);
        pool.give(Vec::with_capacity(8));
        pool.give(Vec::with_capacity(8));
        assert_eq!(pool.lock().len(), 2);
        pool.lock().clear();
        pool.give(Vec::with_capacity(Buffers::MAX_KEPT + 1));
        assert!(pool.lock().is_empty());
    }
}
