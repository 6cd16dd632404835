// The document is the server's own MicroProfile OpenAPI output.
window.ui = SwaggerUIBundle({ url: "/openapi", dom_id: "#swagger-ui", deepLinking: true });
