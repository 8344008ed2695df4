package org.careroute.server.internal;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Errors Jetty answers itself (a malformed request line, a header too large...) as problem documents too. */
public final class ProblemErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : 500;
        String message = request.getAttribute(ERROR_MESSAGE) instanceof String text && !text.isBlank()
                ? text
                : "The request could not be handled.";
        String type = status == 413 ? "payload-too-large" : status >= 500 ? "internal-error" : "bad-request";
        String title = status == 413 ? "Request too large" : status >= 500 ? "Internal error" : "Bad request";
        new Exchange(request, response, callback).problem(ApiProblem.of(status, type, title, ApiProblem.clip(
                message)));
        return true;
    }
}
