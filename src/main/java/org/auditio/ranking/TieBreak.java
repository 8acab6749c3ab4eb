package org.auditio.ranking;

/**
 * What separated an application from a neighbour with the same score, tried in this order: the
 * median of its jurors' scores (the mean when the method already is the median), then its best
 * single score, then a draw from the audition's recorded seed.
 */
public enum TieBreak {
    NONE,
    MEDIAN,
    MEAN,
    TOP_SCORE,
    DRAW
}
