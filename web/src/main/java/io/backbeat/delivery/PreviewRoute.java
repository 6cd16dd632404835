package io.backbeat.delivery;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Routes {@code /stream/preview} to {@link Previews} ahead of the servlets. Undertow runs a deployment's initial
 * handlers on the connection's I/O thread, before it hands the request to a worker thread for security, CDI and
 * the servlet chain; every other request goes on to them untouched. Registered in
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public final class PreviewRoute implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            // Published once the application has started; WildFly routes no request to a deployment before that.
            if (Previews.isFor(exchange.getRelativePath())
                    && context.getAttribute(Previews.class.getName()) instanceof Previews previews) {
                previews.serve(exchange);
            } else {
                next.handleRequest(exchange);
            }
        });
    }
}
