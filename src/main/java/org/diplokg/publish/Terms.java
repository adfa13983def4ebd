package org.diplokg.publish;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The dataset-description vocabularies a release is recorded in: DCAT, VoID, PROV, SPDX checksums, SPARQL SD. */
public final class Terms {
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String PROV = org.diplokg.rdf.vocab.Namespaces.PROV;
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String DCT = org.diplokg.rdf.vocab.Namespaces.DCTERMS;
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String RDF = org.apache.jena.vocabulary.RDF.getURI();
    public static final String XSD = org.apache.jena.vocabulary.XSD.NS;

    /** The dataset as a whole, across releases. */
    public static final Node DATASET = NodeFactory.createURI("https://w3id.org/diplokg/dataset");
    public static final Node WIKIDATA = NodeFactory.createURI("https://www.wikidata.org/");
    /** Releases are resources like any other, so the Linked Data front can show them under {@code /id/}. */
    public static final String RELEASE_NS = org.diplokg.rdf.vocab.DKG.ID + "release/";
    public static final String ACTIVITY_NS = org.diplokg.rdf.vocab.DKG.ID + "activity/";
    /** The shapes a release conforms to, named by their digest ({@code ShaclGate.fingerprint()}). */
    public static final String SHAPES_DIGEST_NS = "https://w3id.org/diplokg/shapes/sha256-";
    public static final String DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    public static final Node TYPE = u(RDF, "type");
    public static final Node DCAT_DATASET = u(DCAT, "Dataset");
    public static final Node DCAT_DISTRIBUTION = u(DCAT, "Distribution");
    public static final Node DCAT_DISTRIBUTION_P = u(DCAT, "distribution");
    public static final Node DCAT_VERSION = u(DCAT, "version");
    public static final Node DCAT_HAS_VERSION = u(DCAT, "hasVersion");
    public static final Node DCAT_PREVIOUS_VERSION = u(DCAT, "previousVersion");
    public static final Node DCAT_DOWNLOAD_URL = u(DCAT, "downloadURL");
    public static final Node DCAT_MEDIA_TYPE = u(DCAT, "mediaType");
    public static final Node DCAT_BYTE_SIZE = u(DCAT, "byteSize");
    public static final Node VOID_DATASET = u(VOID, "Dataset");
    public static final Node VOID_LINKSET = u(VOID, "Linkset");
    public static final Node VOID_TRIPLES = u(VOID, "triples");
    public static final Node VOID_ENTITIES = u(VOID, "entities");
    public static final Node VOID_DOCUMENTS = u(VOID, "documents");
    public static final Node VOID_CLASSES = u(VOID, "classes");
    public static final Node VOID_PROPERTIES = u(VOID, "properties");
    public static final Node VOID_DISTINCT_SUBJECTS = u(VOID, "distinctSubjects");
    public static final Node VOID_DISTINCT_OBJECTS = u(VOID, "distinctObjects");
    public static final Node VOID_CLASS_PARTITION = u(VOID, "classPartition");
    public static final Node VOID_PROPERTY_PARTITION = u(VOID, "propertyPartition");
    public static final Node VOID_CLASS = u(VOID, "class");
    public static final Node VOID_PROPERTY = u(VOID, "property");
    public static final Node VOID_SUBSET = u(VOID, "subset");
    public static final Node VOID_SUBJECTS_TARGET = u(VOID, "subjectsTarget");
    public static final Node VOID_OBJECTS_TARGET = u(VOID, "objectsTarget");
    public static final Node VOID_LINK_PREDICATE = u(VOID, "linkPredicate");
    public static final Node VOID_DATA_DUMP = u(VOID, "dataDump");
    public static final Node VOID_SPARQL_ENDPOINT = u(VOID, "sparqlEndpoint");
    public static final Node VOID_URI_SPACE = u(VOID, "uriSpace");
    public static final Node PROV_ACTIVITY = u(PROV, "Activity");
    public static final Node PROV_ENTITY = u(PROV, "Entity");
    public static final Node PROV_GENERATED = u(PROV, "generated");
    public static final Node PROV_INVALIDATED = u(PROV, "invalidated");
    public static final Node PROV_WAS_GENERATED_BY = u(PROV, "wasGeneratedBy");
    public static final Node PROV_WAS_DERIVED_FROM = u(PROV, "wasDerivedFrom");
    public static final Node PROV_ENDED_AT = u(PROV, "endedAtTime");
    public static final Node SPDX_CHECKSUM = u(SPDX, "checksum");
    public static final Node SPDX_CHECKSUM_CLASS = u(SPDX, "Checksum");
    public static final Node SPDX_ALGORITHM = u(SPDX, "algorithm");
    public static final Node SPDX_SHA256 = u(SPDX, "checksumAlgorithm_sha256");
    public static final Node SPDX_CHECKSUM_VALUE = u(SPDX, "checksumValue");
    public static final Node DCT_TITLE = u(DCT, "title");
    public static final Node RDFS_LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    public static final Node DCT_DESCRIPTION = u(DCT, "description");
    public static final Node DCT_LICENSE = u(DCT, "license");
    public static final Node DCT_MODIFIED = u(DCT, "modified");
    public static final Node DCT_ISSUED = u(DCT, "issued");
    public static final Node DCT_IDENTIFIER = u(DCT, "identifier");
    public static final Node DCT_IS_VERSION_OF = u(DCT, "isVersionOf");
    public static final Node DCT_FORMAT = u(DCT, "format");
    public static final Node DCT_CONFORMS_TO = u(DCT, "conformsTo");
    public static final Node OWL_SAME_AS = NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs");

    private Terms() {
    }

    private static Node u(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }
}
