package org.diplokg.serve.web;

import java.util.function.Consumer;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The Linked Data front of a DiploKG server: minted IRIs resolve under {@code /id/} and
 * {@code /ontology}, with a page for people and RDF for programs at the same address, and a
 * landing page, query page, timeline and network. Plugs into
 * {@code DiploServer.builder().extend(...)}; reads whatever dataset is served, in memory or TDB2.
 */
public final class LinkedDataFront {
    private final DatasetGraph dsg;
    private final PublicBase base;
    private java.util.Optional<String> publicUrl = java.util.Optional.empty();
    private java.util.Optional<java.nio.file.Path> dumps = java.util.Optional.empty();

    private LinkedDataFront(DatasetGraph dsg, PublicBase base) {
        this.dsg = dsg;
        this.base = base;
    }

    /** The URL the server is reached at, for the landing page and VoID (default http://localhost:PORT). */
    public LinkedDataFront publicUrl(String url) {
        this.publicUrl = java.util.Optional.of(org.diplokg.serve.ServerUrl.check(url));
        return this;
    }

    /** The dump folder the server offers under {@code /dumps/}, for the landing page's links and checksums. */
    public LinkedDataFront dumps(java.nio.file.Path folder) {
        this.dumps = java.util.Optional.of(folder);
        return this;
    }

    /** The front for IRIs minted under {@value PublicBase#DEFAULT}. */
    public static LinkedDataFront over(DatasetGraph dsg) {
        return over(dsg, PublicBase.DEFAULT);
    }

    /** The front for IRIs minted under another base (it must end with '/'). */
    public static LinkedDataFront over(DatasetGraph dsg, String publicBase) {
        return new LinkedDataFront(dsg, new PublicBase(publicBase));
    }

    /** The servlets to add to the Fuseki server. */
    public Consumer<FusekiServer.Builder> routes() {
        SiteServlet site = new SiteServlet(dsg, base, publicUrl, dumps);
        return b -> b
                .addServlet("/id/*", new ResourceServlet(dsg, base))
                .addServlet("", site)
                .addServlet("/query", site)
                .addServlet("/timeline", site)
                .addServlet("/network", site)
                .addServlet("/.well-known/void", site)
                .addServlet("/ontology", new OntologyServlet())
                .addServlet("/assets/*", new AssetServlet());
    }
}
