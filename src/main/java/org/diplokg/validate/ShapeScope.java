package org.diplokg.validate;

/**
 * How far a shape looks, as the shapes file declares it with {@code dkgsh:scope}: this decides
 * where scoped validation runs it (see {@link ShapeScopes} for the rules each must meet).
 */
public enum ShapeScope {
    /**
     * {@code dkgsh:WithinArticle}: its focus nodes are minted by one article and it reads only their
     * own triples, one step away; it runs on each new or changed article graph alone.
     */
    WITHIN_ARTICLE,
    /**
     * {@code dkgsh:AcrossArticles}: it reaches nodes that several graphs describe or point at, or
     * follows paths further; it runs on the new union, on the focus nodes the change touches.
     */
    ACROSS_ARTICLES
}
