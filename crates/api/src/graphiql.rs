//! GraphiQL, the in-browser IDE served at `GET /graphql` (the page loads GraphiQL from a
//! CDN; paste a token into the headers pane as `{"Authorization": "Bearer …"}`).

/// The page.
pub(crate) const PAGE: &str = r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Convene GraphiQL</title>
<link rel="stylesheet" href="https://unpkg.com/graphiql@3/graphiql.min.css">
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script crossorigin src="https://unpkg.com/react@18/umd/react.production.min.js"></script>
<script crossorigin src="https://unpkg.com/react-dom@18/umd/react-dom.production.min.js"></script>
<script crossorigin src="https://unpkg.com/graphiql@3/graphiql.min.js"></script>
<script>
  const wsUrl = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/graphql/ws";
  const fetcher = GraphiQL.createFetcher({ url: "/graphql", subscriptionUrl: wsUrl });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultHeaders: '{"Authorization": "Bearer <paste a token from demo-tokens.json>"}',
      defaultQuery: "query Me {\n  viewer { role missionCode unitCode }\n}\n",
    })
  );
</script>
</body>
</html>
"#;
