package org.diplokg.rdf.vocab;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/** The external vocabularies DiploKG writes, with the prefixes used in every output. */
public final class Namespaces {
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String SCHEMA = "http://schema.org/";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String WDT = "http://www.wikidata.org/prop/direct/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    public static final Node PROV_WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node NIF_CONTEXT = NodeFactory.createURI(NIF + "Context");
    public static final Node NIF_STRING = NodeFactory.createURI(NIF + "String");
    public static final Node NIF_OFFSET_BASED_STRING = NodeFactory.createURI(NIF + "OffsetBasedString");
    public static final Node NIF_IS_STRING = NodeFactory.createURI(NIF + "isString");
    public static final Node NIF_BEGIN_INDEX = NodeFactory.createURI(NIF + "beginIndex");
    public static final Node NIF_END_INDEX = NodeFactory.createURI(NIF + "endIndex");
    public static final Node NIF_ANCHOR_OF = NodeFactory.createURI(NIF + "anchorOf");
    public static final Node NIF_REFERENCE_CONTEXT = NodeFactory.createURI(NIF + "referenceContext");
    public static final Node ITSRDF_TA_IDENT_REF = NodeFactory.createURI(ITSRDF + "taIdentRef");
    public static final Node SKOS_ALT_LABEL = NodeFactory.createURI(SKOS + "altLabel");

    private static final Map<String, String> PREFIXES = new TreeMap<>(Map.ofEntries(
            Map.entry("dkg", DKG.NS),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("dcterms", DCTERMS),
            Map.entry("prov", PROV),
            Map.entry("nif", NIF),
            Map.entry("itsrdf", ITSRDF),
            Map.entry("sem", SEM),
            Map.entry("schema", SCHEMA),
            Map.entry("skos", SKOS),
            Map.entry("wd", WD),
            Map.entry("wdt", WDT),
            Map.entry("meeting", DKG.ID + "meeting/"),
            Map.entry("article", DKG.ID + "article/"),
            Map.entry("state", DKG.ID + "state/"),
            Map.entry("person", DKG.ID + "person/"),
            Map.entry("place", DKG.ID + "place/"),
            Map.entry("gathering", DKG.ID + "gathering/"),
            Map.entry("org", DKG.ID + "org/"),
            Map.entry("office", DKG.ID + "office/")));

    private Namespaces() {
    }

    /** A fresh prefix mapping with every DiploKG prefix, in a stable order. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(PREFIXES);
        return pm;
    }

    public static Map<String, String> asMap() {
        return PREFIXES;
    }
}
