//! A small keep-alive HTTP/1.1 client for the benchmarks: one connection, one request at a
//! time, bodies with Content-Length (what the server sends). Cheap enough that the client
//! does not hide the server's speed on a 2-core machine.

use anyhow::{Context, bail};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
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
        Ok(Connection::over(stream, address, 8 * 1024))
    }

    /// A connection over `stream`, reading through a buffer of `capacity` bytes.
    fn over(stream: TcpStream, address: &str, capacity: usize) -> Connection {
        Connection {
            stream: BufReader::with_capacity(capacity, stream),
            host: address.to_string(),
            buffer: Vec::with_capacity(4096),
        }
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

    /// Sends a GET, with the session cookie `name=value` when given, and reads the reply.
    pub(crate) async fn get_page(
        &mut self,
        path: &str,
        cookie: Option<(&str, &str)>,
    ) -> anyhow::Result<Reply> {
        let cookie = cookie
            .map(|(name, value)| format!("Cookie: {name}={value}\r\n"))
            .unwrap_or_default();
        let request = format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\nAccept: text/html\r\n{cookie}\r\n",
            self.host
        );
        self.stream.get_mut().write_all(request.as_bytes()).await?;
        self.reply().await
    }

    /// POSTs a URL-encoded form as a browser does on this site: the session cookie and
    /// `Origin: http://HOST:PORT` (the server refuses forms from another origin).
    pub(crate) async fn post_form(
        &mut self,
        path: &str,
        cookie: (&str, &str),
        form: &str,
    ) -> anyhow::Result<Reply> {
        let request = format!(
            "POST {path} HTTP/1.1\r\nHost: {host}\r\nOrigin: http://{host}\r\nAccept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nCookie: {}={}\r\nContent-Length: {}\r\n\r\n{form}",
            cookie.0,
            cookie.1,
            form.len(),
            host = self.host,
        );
        self.stream.get_mut().write_all(request.as_bytes()).await?;
        self.reply().await
    }

    /// Reads one response with what the web benchmark checks: status, content type, the
    /// `Set-Cookie` headers, and the body as bytes.
    async fn reply(&mut self) -> anyhow::Result<Reply> {
        self.read_head().await?;
        let head = String::from_utf8_lossy(&self.buffer);
        let status = status_of(&head)?;
        let length = content_length(&head).context("a response without Content-Length")?;
        let content_type = header_values(&head, "content-type")
            .next()
            .unwrap_or_default()
            .to_string();
        let set_cookies = header_values(&head, "set-cookie")
            .map(str::to_string)
            .collect();
        let mut body = vec![0u8; length];
        self.stream.read_exact(&mut body).await?;
        Ok(Reply {
            status,
            content_type,
            set_cookies,
            body,
        })
    }

    /// Reads a response head into the buffer, up to and including the blank line, a line at
    /// a time from the buffered reader (the body's bytes after it stay in the reader).
    async fn read_head(&mut self) -> anyhow::Result<()> {
        self.buffer.clear();
        while !self.buffer.ends_with(b"\r\n\r\n") {
            if self.stream.read_until(b'\n', &mut self.buffer).await? == 0 {
                bail!("the server closed the connection");
            }
            if self.buffer.len() > 16 * 1024 {
                bail!("a response head over 16 KiB");
            }
        }
        Ok(())
    }

    async fn response(&mut self) -> anyhow::Result<(u16, String)> {
        self.read_head().await?;
        let head = String::from_utf8_lossy(&self.buffer).to_string();
        let status = status_of(&head)?;
        let length = content_length(&head).context("a response without Content-Length")?;
        let mut body = vec![0u8; length];
        self.stream.read_exact(&mut body).await?;
        Ok((status, String::from_utf8_lossy(&body).to_string()))
    }
}

/// A response as the web benchmark reads it.
#[derive(Debug)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    /// The `Content-Type` header (empty when absent).
    pub(crate) content_type: String,
    /// Every `Set-Cookie` header's value.
    pub(crate) set_cookies: Vec<String>,
    pub(crate) body: Vec<u8>,
}

impl Reply {
    /// The value the response sets for cookie `name` (empty when it clears it).
    pub(crate) fn cookie(&self, name: &str) -> Option<&str> {
        self.set_cookies
            .iter()
            .find_map(|header| set_cookie_value(header, name))
    }
}

/// The value of cookie `name` in one `Set-Cookie` header value
/// (`convene_session=abc; Path=/; HttpOnly` gives `abc` for `convene_session`).
pub(crate) fn set_cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    let pair = header.split(';').next()?;
    let (key, value) = pair.split_once('=')?;
    (key.trim() == name).then(|| value.trim())
}

fn status_of(head: &str) -> anyhow::Result<u16> {
    head.split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .context("no status code")
}

fn content_length(head: &str) -> Option<usize> {
    header_values(head, "content-length").find_map(|value| value.parse().ok())
}

/// The values of every header `name` (case-insensitive) of a response head, trimmed.
fn header_values<'a>(head: &'a str, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    head.lines().skip(1).filter_map(move |line| {
        let (key, value) = line.split_once(':')?;
        key.trim().eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_cookie_and_headers_from_a_response_head() {
        let header = "convene_session=4f2a; Path=/; HttpOnly; SameSite=Lax; Max-Age=604800";
        assert_eq!(set_cookie_value(header, "convene_session"), Some("4f2a"));
        assert_eq!(set_cookie_value(header, "other"), None);
        assert_eq!(
            set_cookie_value("convene_session=; Path=/; Max-Age=0", "convene_session"),
            Some("")
        );
        assert_eq!(set_cookie_value("garbage", "convene_session"), None);
        let head = "HTTP/1.1 303 See Other\r\nlocation: /\r\nset-cookie: a=1; Path=/\r\nSet-Cookie: convene_session=xyz; HttpOnly\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(status_of(head).ok(), Some(303));
        assert_eq!(content_length(head), Some(0));
        let cookies: Vec<&str> = header_values(head, "set-cookie").collect();
        assert_eq!(cookies, ["a=1; Path=/", "convene_session=xyz; HttpOnly"]);
        let reply = Reply {
            status: 303,
            content_type: String::new(),
            set_cookies: cookies.iter().map(ToString::to_string).collect(),
            body: Vec::new(),
        };
        assert_eq!(reply.cookie("convene_session"), Some("xyz"));
    }

    /// Two responses sent at once, read through buffers so small that heads, blank lines and
    /// bodies are cut at every place: each comes back whole, the second from what the first
    /// left in the buffer.
    #[tokio::test]
    async fn reads_responses_cut_anywhere() -> anyhow::Result<()> {
        let first = "HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhello";
        let second = "HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno";
        for capacity in 1..=12 {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
            let address = listener.local_addr()?.to_string();
            let server = tokio::spawn(async move {
                let (mut socket, _) = listener.accept().await?;
                let mut request = [0u8; 512];
                // Both responses after the first request has come.
                let _ = socket.read(&mut request).await?;
                socket
                    .write_all(format!("{first}{second}").as_bytes())
                    .await?;
                anyhow::Ok(socket)
            });
            let stream = TcpStream::connect(&address).await?;
            let mut connection = Connection::over(stream, &address, capacity);
            assert_eq!(
                connection.get("/").await?,
                (200, "hello".to_string()),
                "capacity {capacity}"
            );
            assert_eq!(
                connection.response().await?,
                (404, "no".to_string()),
                "capacity {capacity}"
            );
            let socket = server.await??;
            drop(socket);
            assert!(
                connection.response().await.is_err(),
                "a closed connection is an error, capacity {capacity}"
            );
        }
        Ok(())
    }
}
