//! The terminal player's input from the real terminal: standard input read
//! on a thread of its own, beside one that waits for Ctrl-C (SIGINT),
//! SIGTERM and SIGHUP. A signal ends the input as Ctrl-D does, so the case
//! is scored, shown and logged as abandoned instead of lost; the command
//! then exits with the code a shell expects after that signal (128 + its
//! number). A second signal ends the program at once, for a trainee who
//! does not want to wait for the debrief.

use std::io::{self, BufRead, Read};
use std::sync::mpsc::{Receiver, Sender, channel};

enum Msg {
    Line(Vec<u8>),
    End,
    Signal(i32),
}

pub(super) struct Interruptible {
    from: Receiver<Msg>,
    line: Vec<u8>,
    at: usize,
    ended: bool,
    signal: Option<i32>,
}

impl Interruptible {
    /// Starts reading standard input and listening for the signals.
    pub fn stdin() -> io::Result<Interruptible> {
        let (to, from) = channel();
        listen(to.clone())?;
        std::thread::spawn(move || {
            let mut stdin = io::stdin().lock();
            loop {
                let mut line = Vec::new();
                let msg = match stdin.read_until(b'\n', &mut line) {
                    Ok(0) | Err(_) => Msg::End,
                    Ok(_) => Msg::Line(line),
                };
                let end = matches!(msg, Msg::End);
                if to.send(msg).is_err() || end {
                    break;
                }
            }
        });
        Ok(Interruptible { from, line: Vec::new(), at: 0, ended: false, signal: None })
    }

    /// The signal that ended the input, or came after its last line was
    /// read, if one did.
    pub fn signal(&mut self) -> Option<i32> {
        while self.signal.is_none()
            && let Ok(msg) = self.from.try_recv()
        {
            if let Msg::Signal(s) = msg {
                self.signal = Some(s);
            }
        }
        self.signal
    }
}

/// Sends SIGINT, SIGTERM and SIGHUP to `to` as they come; the second one
/// ends the program at once.
#[cfg(unix)]
fn listen(to: Sender<Msg>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        let mut seen = false;
        for s in signals.forever() {
            if seen || to.send(Msg::Signal(s)).is_err() {
                std::process::exit(128 + s);
            }
            seen = true;
        }
    });
    Ok(())
}

/// Elsewhere (Windows) there are no such signals to catch: Ctrl-C ends the
/// program as the console does, and closing the input still ends the case
/// as abandoned.
#[cfg(not(unix))]
fn listen(_to: Sender<Msg>) -> io::Result<()> {
    Ok(())
}

impl Read for Interruptible {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Interruptible {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.at == self.line.len() && !self.ended {
            match self.from.recv() {
                Ok(Msg::Line(l)) => (self.line, self.at) = (l, 0),
                Ok(Msg::Signal(s)) => (self.signal, self.ended) = (Some(s), true),
                Ok(Msg::End) | Err(_) => self.ended = true,
            }
        }
        Ok(&self.line[self.at..])
    }

    fn consume(&mut self, n: usize) {
        self.at = (self.at + n).min(self.line.len());
    }
}
