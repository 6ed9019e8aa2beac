package org.chantilly.console.complaints;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chantilly.intake.api.AttachmentContent;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Organisation;

/**
 * Downloads an attachment of a complaint the employee may see ({@code /complaints/attachment?ref=...&id=...}); the
 * page's roles are checked by the container (web.xml), the branch here, exactly as the API does. Anything the caller
 * may not see, or that does not exist, is a 404.
 */
@WebServlet("/complaints/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplaintIntake intake;

    @Inject
    transient Organisation organisation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AttachmentContent> content = content(request);
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentContent file = content.get();
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(file.content());
    }

    private Optional<AttachmentContent> content(HttpServletRequest request) {
        String reference = request.getParameter("ref");
        String id = request.getParameter("id");
        if (request.getUserPrincipal() == null || reference == null || id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        Caller caller = Caller.of(request.getUserPrincipal().getName(), request::isUserInRole);
        boolean visible = intake.branchOf(reference).filter(branch -> organisation.canSeeBranch(caller, branch)).isPresent();
        return visible ? intake.attachment(reference, Long.parseLong(id)) : Optional.empty();
    }
}
