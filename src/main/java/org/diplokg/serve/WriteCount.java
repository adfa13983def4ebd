package org.diplokg.serve;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.publish.DataVersion;

/** Moves the dataset's {@link DataVersion} on after every request to a write endpoint but reads. */
final class WriteCount implements Filter {
    private final DatasetGraph dsg;

    WriteCount(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String m = ((HttpServletRequest) request).getMethod();
        try {
            chain.doFilter(request, response);
        } finally {
            if (!m.equals("GET") && !m.equals("HEAD") && !m.equals("OPTIONS")) DataVersion.bump(dsg);
        }
    }
}
