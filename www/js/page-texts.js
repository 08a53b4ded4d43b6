// The demo portal's own texts (page titles, introductions, section headings),
// in bokmål, nynorsk and English. Field labels, help texts, options and every
// message come from the rule sets and the engine, not from here.

export const PAGE_TEXTS = {
  nb: {
    brand: "Tillitsreformen · skjemaer",
    card_react_link: "Søknad om forsøk (React)",
    card_react_text: "Den samme søknaden laget med React og Designsystemets React-komponenter.",
    card_playground_link: "Lekeplass for regelsett",
    card_playground_text: "For utviklere: skriv et regelsett og se problemene, skjemaet, rapportene og JSON Schema mens du skriver.",
    back_home: "Alle skjemaer",
    footer:
      "Demonstrasjon av skjemasjekk: de samme reglene sjekker skjemaet i nettleseren mens du fyller det ut, og på tjenesten når du sender inn. Ingenting du skriver blir lagret.",
    doc_index: "Skjemaer i tillitsreformen (demo)",
    index_heading: "Skjemaer i tillitsreformen",
    index_intro:
      "Kommuner, fylkeskommuner og statlige virksomheter kan prøve ut nye måter å jobbe på. Her finner du de to skjemaene som brukes for å søke om forsøk og for å melde planer om piloter.",
    card_forsokssoknad_text:
      "For kommuner og fylkeskommuner som vil søke om unntak fra lov eller forskrift, alene eller sammen med andre.",
    card_pilotplan_text:
      "For statlige virksomheter som skal rapportere planer for piloter i tillitsreformen, eller hva de har vurdert.",
    how_heading: "Slik sjekkes skjemaet",
    how_1: "Mens du fyller ut, sjekker nettleseren hvert felt når du går videre til neste.",
    how_2: "Når du sender inn, får du en oversikt over alt som må rettes, med lenker til feltene.",
    how_3: "Tjenesten sjekker skjemaet på nytt med nøyaktig de samme reglene, og svaret vises på siden.",
    doc_forsokssoknad: "Søknad om forsøk – Tillitsreformen (demo)",
    intro_forsokssoknad:
      "Søk om å få prøve ut en ny arbeidsmåte som krever unntak fra lov eller forskrift. Først sendes en foreløpig søknad, deretter en endelig søknad vedtatt av kommunestyret eller fylkestinget.",
    doc_pilotplan: "Plan for piloter – Tillitsreformen (demo)",
    intro_pilotplan:
      "Rapporter virksomhetens planer for piloter som skal starte i planåret. Har dere ingen planer, beskriver dere hva dere har vurdert og hvordan de tillitsvalgte var med.",
    part_about: "Om søknaden",
    part_applicants: "Hvem søker",
    part_trial: "Forsøket",
    part_law: "Unntak og rettslig grunnlag",
    part_people: "Medvirkning, evaluering og fremdrift",
    part_send: "Send inn",
    part_agency: "Hvem rapporterer",
    part_noplans: "Vurderinger når dere ikke har planer",
    part_pilots: "Pilotene",
  },
  nn: {
    brand: "Tillitsreforma · skjema",
    card_react_link: "Søknad om forsøk (React)",
    card_react_text: "Den same søknaden laga med React og React-komponentane til Designsystemet.",
    card_playground_link: "Leikeplass for regelsett",
    card_playground_text: "For utviklarar: skriv eit regelsett og sjå problema, skjemaet, rapportane og JSON Schema medan du skriv.",
    back_home: "Alle skjema",
    footer:
      "Demonstrasjon av skjemasjekk: dei same reglane sjekkar skjemaet i nettlesaren medan du fyller det ut, og på tenesta når du sender inn. Ingenting du skriv blir lagra.",
    doc_index: "Skjema i tillitsreforma (demo)",
    index_heading: "Skjema i tillitsreforma",
    index_intro:
      "Kommunar, fylkeskommunar og statlege verksemder kan prøve ut nye måtar å arbeide på. Her finn du dei to skjemaa som blir brukte for å søkje om forsøk og for å melde planar om pilotar.",
    card_forsokssoknad_text:
      "For kommunar og fylkeskommunar som vil søkje om unntak frå lov eller forskrift, åleine eller saman med andre.",
    card_pilotplan_text:
      "For statlege verksemder som skal rapportere planar for pilotar i tillitsreforma, eller kva dei har vurdert.",
    how_heading: "Slik blir skjemaet sjekka",
    how_1: "Medan du fyller ut, sjekkar nettlesaren kvart felt når du går vidare til det neste.",
    how_2: "Når du sender inn, får du ei oversikt over alt som må rettast, med lenkjer til felta.",
    how_3: "Tenesta sjekkar skjemaet på nytt med nøyaktig dei same reglane, og svaret blir vist på sida.",
    doc_forsokssoknad: "Søknad om forsøk – Tillitsreforma (demo)",
    intro_forsokssoknad:
      "Søk om å få prøve ut ein ny arbeidsmåte som krev unntak frå lov eller forskrift. Først blir ein førebels søknad send, deretter ein endeleg søknad vedteken av kommunestyret eller fylkestinget.",
    doc_pilotplan: "Plan for pilotar – Tillitsreforma (demo)",
    intro_pilotplan:
      "Rapporter planane til verksemda for pilotar som skal starte i planåret. Har de ingen planar, skildrar de kva de har vurdert og korleis dei tillitsvalde var med.",
    part_about: "Om søknaden",
    part_applicants: "Kven søkjer",
    part_trial: "Forsøket",
    part_law: "Unntak og rettsleg grunnlag",
    part_people: "Medverknad, evaluering og framdrift",
    part_send: "Send inn",
    part_agency: "Kven rapporterer",
    part_noplans: "Vurderingar når de ikkje har planar",
    part_pilots: "Pilotane",
  },
  en: {
    brand: "Trust reform · forms",
    card_react_link: "Application for a trial (React)",
    card_react_text: "The same application built with React and Designsystemet's React components.",
    card_playground_link: "Rule-set playground",
    card_playground_text: "For developers: write a rule set and see its problems, its form, reports and JSON Schema as you type.",
    back_home: "All forms",
    footer:
      "A demonstration of skjemasjekk: the same rules check the form in your browser while you fill it in, and on the service when you submit. Nothing you type is stored.",
    doc_index: "Forms of the trust reform (demo)",
    index_heading: "Forms of the trust reform",
    index_intro:
      "Municipalities, county municipalities and state agencies may try out new ways of working. Here are the two forms used to apply for a trial and to report plans for pilots.",
    card_forsokssoknad_text:
      "For municipalities and county municipalities that want an exemption from an Act or a regulation, alone or together with others.",
    card_pilotplan_text:
      "For state agencies reporting their plans for pilots in the trust reform, or what they have assessed.",
    how_heading: "How the form is checked",
    how_1: "While you fill it in, your browser checks each field when you move on to the next.",
    how_2: "When you submit, you get a list of everything to correct, with links to the fields.",
    how_3: "The service checks the form again with exactly the same rules, and its answer is shown on the page.",
    doc_forsokssoknad: "Application for a trial – Trust reform (demo)",
    intro_forsokssoknad:
      "Apply to try out a new way of working that needs an exemption from an Act or a regulation. First a preliminary application, then a final application adopted by the municipal or county council.",
    doc_pilotplan: "Plan for pilots – Trust reform (demo)",
    intro_pilotplan:
      "Report the agency's plans for pilots starting in the plan year. If you have no plans, describe what you assessed and how the union representatives took part.",
    part_about: "About the application",
    part_applicants: "Who is applying",
    part_trial: "The trial",
    part_law: "Exemptions and legal basis",
    part_people: "Involvement, evaluation and progress",
    part_send: "Submit",
    part_agency: "Who is reporting",
    part_noplans: "Assessments when you have no plans",
    part_pilots: "The pilots",
  },
};
