// Kept out of the page so the Content-Security-Policy needs no inline script for it.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "openapi", dom_id: "#swagger-ui", deepLinking: true });
});
