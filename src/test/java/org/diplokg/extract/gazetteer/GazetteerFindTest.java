package org.diplokg.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** How names are found in text: longest match, and a lone surname that is someone else's first name. */
class GazetteerFindTest {
    final Entity gabriel = new Entity("p/gabriel", EntityKind.PERSON, "Sigmar Gabriel", Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    final Gazetteer g = Gazetteer.builder().add(gabriel)
            .form("Sigmar Gabriel", gabriel, NameRole.NAME).form("Gabriel", gabriel, NameRole.NAME).build();

    List<String> found(String text) {
        return g.find(text, 0, text.length()).stream().map(Mention::text).toList();
    }

    @Test
    void aLoneSurnameIsThePerson() {
        assertEquals(List.of("Gabriel"), found("Foreign Minister Gabriel met Lavrov."));
        assertEquals(List.of("Gabriel"), found("He met Gabriel, who said so."));
        assertEquals(List.of("Sigmar Gabriel"), found("Sigmar Gabriel Said"));
    }

    @Test
    void anInitialMatchesWithAndWithoutItsDot() {
        Entity jaishankar = new Entity("p/j", EntityKind.PERSON, "S. Jaishankar", Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        Entity biden = new Entity("p/b", EntityKind.PERSON, "Joseph R Biden", Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        Gazetteer h = Gazetteer.builder().add(jaishankar).add(biden)
                .form("Dr. S. Jaishankar", jaishankar, NameRole.NAME).form("Joseph R Biden", biden, NameRole.NAME).build();
        for (String text : List.of("Dr. S Jaishankar met", "Dr. S. Jaishankar met", "Joseph R. Biden met", "Joseph R Biden met")) {
            assertEquals(1, h.find(text, 0, text.length()).size(), text);
        }
        // "the U.S.-Japan summit": an acronym's dots are no initials of a person
        assertEquals(List.of(), h.find("the U.S.-Japan summit", 0, 21));
    }

    @Test
    void aNameThatRunsOnPastAShorterFormIsTheNameMeant() {
        // "Premier Li" is a form of Li Keqiang; in "Premier Li Qiang" the name meant is Li Qiang, and "Premier" is read alone
        Entity keqiang = new Entity("p/keqiang", EntityKind.PERSON, "Li Keqiang", Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        Entity qiang = new Entity("p/qiang", EntityKind.PERSON, "Li Qiang", Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        Entity premier = new Entity("o/premier", EntityKind.OFFICE, "Premier", Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        Gazetteer h = Gazetteer.builder().add(keqiang).add(qiang).add(premier)
                .form("Premier Li", keqiang, NameRole.NAME).form("Li Qiang", qiang, NameRole.NAME).form("Premier", premier, NameRole.TITLE).build();
        String text = "Prime Minister Albanese met Premier Li Qiang in Beijing, as he met Premier Li in 2019.";
        List<String> iris = h.find(text, 0, text.length()).stream().map(m -> m.text() + "=" + m.senses().get(0).entity().iri()).toList();
        assertEquals(List.of("Premier=o/premier", "Li Qiang=p/qiang", "Premier Li=p/keqiang"), iris);
    }

    @Test
    void aSurnameBeforeAnotherCapitalisedNameIsSomeoneElsesFirstName() {
        assertEquals(List.of(), found("President Gabriel Boric of Chile"));
    }
}
