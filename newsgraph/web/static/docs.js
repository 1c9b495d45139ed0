// newsgraph: start Swagger UI (bundled, see newsgraph/web/docs.py) on the server's own OpenAPI document.
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.dataset.spec, dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis], layout: "BaseLayout", tryItOutEnabled: true
  });
})();
