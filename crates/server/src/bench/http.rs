//! A small keep-alive HTTP/1.1 client for the benchmarks: one connection, one request at a
//! time, bodies with Content-Length (what the server sends). Cheap enough that the client
//! does not hide the server's speed on a 2-core machine.

use anyhow::{Context, bail};
use tokio::io::{AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// One keep-alive connection.
#[derive(Debug)]
pub(crate) struct Connection {
    stream: BufReader<TcpStream>,
    host: String,
    buffer: Vec<u8>,
}

impl Connection {
    /// Connects to `host:port`.
    pub(crate) async fn open(address: &str) -> anyhow::Result<Connection> {
        let stream = TcpStream::connect(address)
            .await
            .with_context(|| format!("cannot connect to {address}"))?;
        stream.set_nodelay(true)?;
        Ok(Connection {
            stream: BufReader::new(stream),
            host: address.to_string(),
            buffer: Vec::with_capacity(4096),
        })
    }

    /// Sends a GET and returns status and body.
    pub(crate) async fn get(&mut self, path: &str) -> anyhow::Result<(u16, String)> {
        let request = format!("GET {path} HTTP/1.1\r\nHost: {}\r\n\r\n", self.host);
        self.stream.get_mut().write_all(request.as_bytes()).await?;
        self.response().await
    }

    /// POSTs a GraphQL body with a bearer token; returns status and body.
    pub(crate) async fn graphql(
        &mut self,
        token: &str,
        body: &str,
    ) -> anyhow::Result<(u16, String)> {
        let request = format!(
            "POST /graphql HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nAccept: application/json\r\nAuthorization: Bearer {token}\r\nContent-Length: {}\r\n\r\n{body}",
            self.host,
            body.len()
        );
        self.stream.get_mut().write_all(request.as_bytes()).await?;
        self.response().await
    }

    async fn response(&mut self) -> anyhow::Result<(u16, String)> {
        self.buffer.clear();
        // Read the head byte by byte from the buffered reader until the blank line.
        loop {
            let byte = self
                .stream
                .read_u8()
                .await
                .context("the server closed the connection")?;
            self.buffer.push(byte);
            if self.buffer.ends_with(b"\r\n\r\n") {
                break;
            }
            if self.buffer.len() > 16 * 1024 {
                bail!("a response head over 16 KiB");
            }
        }
        let head = String::from_utf8_lossy(&self.buffer).to_string();
        let status: u16 = head
            .split_whitespace()
            .nth(1)
            .and_then(|code| code.parse().ok())
            .context("no status code")?;
        let length: usize = head
            .lines()
            .find_map(|line| {
                let (name, value) = line.split_once(':')?;
                name.trim()
                    .eq_ignore_ascii_case("content-length")
                    .then(|| value.trim().parse().ok())
                    .flatten()
            })
            .context("a response without Content-Length")?;
        let mut body = vec![0u8; length];
        self.stream.read_exact(&mut body).await?;
        Ok((status, String::from_utf8_lossy(&body).to_string()))
    }
}
