package org.institute.web.platform.diagnostics;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal pages' counterpart of {@link SqlCountHeader}: with {@code
 * institute.diagnostics.sql-count=true}, every page under {@code /app} carries {@code
 * X-SQL-Statements}. A page is written while it renders, so its body is held back until the count
 * is known; this costs a copy of the page and is why the filter does nothing unless diagnostics are
 * on (tests and benchmarks only).
 */
@WebFilter(urlPatterns = "/app/*", dispatcherTypes = DispatcherType.REQUEST)
public class SqlCountPageFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  private final boolean enabled =
      ConfigProvider.getConfig()
          .getOptionalValue("institute.diagnostics.sql-count", Boolean.class)
          .orElse(false);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!enabled) {
      chain.doFilter(request, response);
      return;
    }
    SqlStatementCounter.reset();
    HeldBackResponse held = new HeldBackResponse(response);
    chain.doFilter(request, held);
    if (!response.isCommitted()) {
      response.setHeader(SqlCountHeader.HEADER, Long.toString(SqlStatementCounter.count()));
    }
    held.release();
  }

  /** A response whose body stays in memory until {@link #release}. */
  private static final class HeldBackResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;

    HeldBackResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                body.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("held-back responses are written blocking");
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset =
            encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      // held back: committing now would send the headers before the count is known
    }

    @Override
    public void setContentLength(int len) {
      // the length is set on release
    }

    @Override
    public void setContentLengthLong(long len) {
      // the length is set on release
    }

    void release() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      if (body.size() == 0) {
        return; // a redirect or an error: the container wrote (or will write) the answer
      }
      if (!getResponse().isCommitted()) {
        getResponse().setContentLengthLong(body.size());
      }
      body.writeTo(getResponse().getOutputStream());
    }
  }
}
