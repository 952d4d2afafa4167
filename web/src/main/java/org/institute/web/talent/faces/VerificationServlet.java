package org.institute.web.talent.faces;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The address a certificate's QR code points to, {@code /verify/{code}}: shows the public
 * verification page for that code. It lies outside {@code /app}, so nobody needs to sign in.
 */
@WebServlet("/verify/*")
public class VerificationServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String CODE = "org.institute.talent.verificationCode";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    String code = path == null ? "" : path.replaceFirst("^/", "");
    request.setAttribute(CODE, code.length() > 64 ? code.substring(0, 64) : code);
    request.getRequestDispatcher("/verify.xhtml").forward(request, response);
  }
}
