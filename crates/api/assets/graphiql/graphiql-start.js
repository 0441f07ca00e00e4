// Starts GraphiQL on the page served at `GET /graphql`. It lives in a file of its own, served
// from the same origin as the page, so that the page's Content-Security-Policy needs no
// 'unsafe-inline' for scripts. React, ReactDOM and GraphiQL are the UMD globals of the scripts
// loaded before this one.
"use strict";
(function () {
  var wsUrl = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/graphql/ws";
  // Subscriptions go over the graphql-ws protocol (graphql-transport-ws) to /graphql/ws; the
  // headers pane is sent as the connection_init payload, so the same Authorization works there.
  var fetcher = GraphiQL.createFetcher({ url: "/graphql", subscriptionUrl: wsUrl });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultHeaders: '{"Authorization": "Bearer <paste a token from demo-tokens.json>"}',
      defaultQuery: "query Me {\n  viewer { role missionCode unitCode }\n}\n",
    })
  );
})();
