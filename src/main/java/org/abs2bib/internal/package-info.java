/**
 * Infrastructure the stages share (locks between processes, paced requests). Internal: public only so that the
 * packages of abs2bib can use it; do not depend on it from outside, it changes without notice.
 */
package org.abs2bib.internal;
