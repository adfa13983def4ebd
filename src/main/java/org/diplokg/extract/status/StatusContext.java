package org.diplokg.extract.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.diplokg.lang.TextSpan;
import org.diplokg.extract.annotate.Word;

/**
 * What a {@link StatusDecider} reads to decide one meeting's status: the texts the status rules
 * read, where the window stands, the publication date and the sentence's words.
 *
 * @param at        where the window stands in the article text
 * @param window    the clause up to where its topic starts; proposal and schedule cues count here
 * @param reported  the whole clause and its participial tails; cancellations count here
 * @param sentence  the whole sentence
 * @param paragraph the paragraphs around the sentence, where a change of plan is usually told
 * @param title     the article's title, whose wording often says whether its meetings are ahead ("Minister to visit ...")
 * @param published the article's publication date, if known
 * @param words     the words of the sentence, tagged on first use (tagging is the costly part of extraction)
 */
public record StatusContext(TextSpan at, String window, String reported, String sentence, String paragraph,
                            String title, Optional<LocalDate> published, Supplier<List<Word>> words) {
    public StatusContext {
        published = published == null ? Optional.empty() : published;
    }

    /** The words that lie inside the window. */
    public List<Word> windowWords() {
        return words.get().stream().filter(w -> w.span().begin() >= at.begin() && w.span().end() <= at.end()).toList();
    }
}
