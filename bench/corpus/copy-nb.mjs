/** Bokmål copy. Each entry takes a context `c` (product `c.p`, supplier `c.s`, random `c.r`, formatters). */
export const nb = {
  typeWord: { spot: 'spotprisavtale', 'hourly-spot': 'timespotavtale', fixed: 'fastprisavtale', variable: 'variabel avtale', purchase: 'innkjøpsprisavtale', plus: 'plusskundeavtale' },
  vat: (c) => c.r.pick(['inkl. mva', 'inkl mva', 'inkl.mva', 'inkludert mva', 'inkl. merverdiavgift']),
  headline: (c) =>
    c.r.pick([
      `${c.p.name} – strøm uten overraskelser`,
      `Få ${c.p.name} fra ${c.s.short}`,
      `${c.p.name}: enkel og rettferdig strøm`,
      `Bytt til ${c.p.name} i dag`,
      `Strømavtalen for deg i ${c.s.city}`,
    ]),
  intro: (c) =>
    c.r.pick([
      `${c.p.name} er en ${nb.typeWord[c.p.type]} for deg som vil betale det strømmen faktisk koster.`,
      `Med ${c.p.name} får du strøm levert av ${c.s.short}, et lokalt selskap fra ${c.s.city} som har solgt strøm siden ${c.s.since}.`,
      `Vi har gjort det enkelt: én pris å forholde seg til, tydelige vilkår og kundeservice som svarer.`,
      `Hos ${c.s.short} betaler du ikke for ting du ikke trenger. ${c.p.name} er laget for vanlige husstander.`,
    ]),
  markup: (c) =>
    c.p.markup === 0
      ? c.r.pick(['0 øre i påslag!', 'Uten påslag – du betaler bare spotpris og fastbeløp.', `Påslag: 0,0 øre/kWh ${nb.vat(c)}.`])
      : c.r.pick([
          `Påslag: ${c.n(c.p.markup)} øre/kWh ${nb.vat(c)}.`,
          `Du betaler spotpris pluss et påslag på ${c.n(c.p.markup)} øre/ kWh (${nb.vat(c)}).`,
          `Tillegg ${c.n(c.p.markup)} øre per kWt, ${nb.vat(c)}.`,
          `Påslaget er ${c.n(c.p.markup)} øre pr. kWh.`,
        ]),
  monthlyFee: (c) =>
    c.p.monthlyFee === 0
      ? c.r.pick(['Fastbeløp: 0 kr/mnd.', 'Ingen månedsavgift.', 'Du betaler ikke fastbeløp.'])
      : c.r.pick([
          `Fastbeløp: ${c.p.monthlyFee} kr/mnd.`,
          `Månedsbeløpet er ${c.kr(c.p.monthlyFee)} pr/mnd ${nb.vat(c)}.`,
          `${c.p.monthlyFee} kr måneden i fast beløp.`,
          `Fast månedsbeløp ${c.kr(c.p.monthlyFee)}.`,
        ]),
  fixedPrice: (c) =>
    c.r.pick([
      `Fastpris ${c.n(c.p.fixedPrice)} øre/kWh i ${c.p.fixedMonths} måneder.`,
      `Fast pris: ${c.n(c.p.fixedPrice)} øre/kWh ${nb.vat(c)}, gjelder i ${c.p.fixedMonths / 12} år fra oppstart.`,
      `Du betaler ${c.n(c.p.fixedPrice)} øre/kWh hele avtaleperioden.`,
    ]),
  variablePrice: (c) => `Dagens pris er ${c.n(c.p.fixedPrice)} øre/kWh ${nb.vat(c)}. Prisen kan endres med 30 dagers varsel.`,
  campaignOffer: (c) => {
    const k = c.p.campaign;
    const label = k.label[0].toUpperCase() + k.label.slice(1);
    if (k.kind === 'markup') return c.r.pick([`${label}: 0 kr i påslag de første ${k.months} månedene!`, `${label} – uten påslag i ${k.months} mnd.`, `Nå: 0 øre/kWh i påslag de ${k.months} første månedene.`]);
    if (k.kind === 'monthlyFee') return c.r.pick([`${label}: ingen månedsavgift de første ${k.months} mnd.`, `Fastbeløp kr 0,- i ${k.months} måneder.`]);
    if (k.kind === 'bonus') return c.r.pick([`Velkomstbonus: ${c.kr(k.bonus)} i gavekort når du bestiller ${c.p.name}.`, `Få ${c.kr(k.bonus)} i startbonus!`]);
    return `${label}: 0 øre i påslag for de første ${c.thousands(k.kwh)} kWh.`;
  },
  campaignEnd: (c) => {
    const k = c.p.campaign;
    if (!k.endStated) return c.r.pick(['Så lenge tilbudet varer.', 'Begrenset periode!', '']);
    if (!k.end) return `Tilbudet gjelder i ${k.months} måneder fra oppstart.`;
    return c.r.pick([`Tilbudet gjelder t.o.m. ${c.date(k.end)}.`, `Bestill innen ${c.date(k.end)}.`, `Kampanjen gjelder til og med ${c.date(k.end)}.`]);
  },
  campaignAfter: (c) => {
    const k = c.p.campaign;
    if (!k.afterStated) return c.r.pick(['Deretter ordinære priser.', '']);
    return c.r.pick([
      `Deretter ${c.n(k.afterMarkup)} øre/kWh i påslag og ${k.afterFee} kr/mnd.`,
      `Etter kampanjeperioden går avtalen automatisk over til ${c.p.name} til ordinær pris (påslag ${c.n(k.afterMarkup)} øre/kWh).`,
      `Når kampanjen er over, fortsetter du på ${c.p.name} med fastbeløp ${k.afterFee} kr/mnd.`,
    ]);
  },
  binding: (c) => {
    if (!c.p.bindingStated) return '';
    if (c.p.binding === 0) return c.r.pick(['Ingen bindingstid.', 'Avtalen løper til den sies opp.', 'Uten binding – du kan si opp når du vil.']);
    return c.r.pick([`${c.p.binding} mnd bindingstid. Bruddgebyr ${c.kr(c.p.breakFee)}.`, `Bindingstid: ${c.p.binding} måneder. Avbruddsgebyr ${c.kr(c.p.breakFee)} ved oppsigelse før tiden.`]);
  },
  notice: (c) =>
    c.p.directNotice
      ? `Vi varsler prisendringer minst ${c.p.noticeDays} dager før på SMS eller e-post – du velger selv kanal.`
      : c.r.pick([`Prisendringer publiseres på Min side ${c.p.noticeDays} dager i forveien.`, `Endringer varsles på våre nettsider.`]),
  fees: (c) =>
    c.r.pick([
      `Fakturagebyr: ${c.kr(c.p.invoiceFee)} med eFaktura/AvtaleGiro, ${c.kr(c.p.paperFee)} for papirfaktura.`,
      `Papirfaktura koster ${c.kr(c.p.paperFee)} per faktura. eFaktura er gratis.`,
      'Avtalen forutsetter eFaktura og AvtaleGiro.',
    ]),
  priceRisk: (c) =>
    c.r.pick([
      'Spotprisen endrer seg fra time til time, og strømregningen kan variere mye fra måned til måned.',
      'Prisen følger markedet og kan både gå opp og ned.',
      'Merk: Med spotpris tar du selv risikoen for høye priser i kalde perioder.',
    ]),
  restriction: (c) =>
    ({ new: 'Gjelder kun nye kunder.', credit: 'Forutsetter godkjent kredittvurdering.', ams: 'Kun for husstander med timesmålt anlegg (AMS).', members: `Forutsetter medlemskap i ${c.s.brand} Fordel (kr 0,-).` })[c.p.restriction] ?? '',
  maxKwh: (c) => `Avtalen gjelder for årsforbruk opp til ${c.thousands(c.p.maxKwh)} kWh. Forbruk over dette faktureres med påslag ${c.n(c.p.markup + 3)} øre/kWh.`,
  withdrawal: () => 'Du har 14 dagers angrerett fra avtalen er inngått. Bruk angreskjemaet på Min side, eller send oss en e-post.',
  grid: (c) => c.r.pick(['Nettleie og elavgift kommer i tillegg og faktureres av nettselskapet.', 'Nettleie kommer i tillegg.', 'Prisene inkluderer ikke nettleie.']),
  portal: () => 'Sammenlign strømavtaler på Forbrukerrådets strømprisportal, strompris.no.',
  claim: (c) => c.r.pick(['Markedets beste spotavtale!', 'Norges billigste strøm*', 'Lavest påslag i regionen', 'Best i test 2025']),
  claimBasis: (c) => `*Basert på snittpris i ${c.p.areas[0]} for ${c.month(c.r.int(1, 12))} 2025, hentet fra strompris.no med 16 000 kWh årsforbruk.`,
  quote: (c) =>
    `«${c.r.pick(['Byttet tok fem minutter, og fakturaen er lett å forstå.', 'Endelig en strømleverandør som svarer på telefonen!', 'Vi sparte penger i fjor vinter.', 'Greit å slippe overraskelser på regningen.'])}» – ${c.r.pick(['Kari', 'Ola', 'Ingrid', 'Mohammed', 'Sigrid', 'Jonas', 'Aisha', 'Per Arne'])}, ${c.r.pick(['Bodø', 'Hamar', 'Skien', 'Molde', 'Alta', 'Gjøvik', 'Arendal'])}`,
  faq: [
    () => ['Hva er påslag?', 'Påslaget er det vi tar for å kjøpe inn strømmen for deg. Det kommer i tillegg til spotprisen og oppgis i øre per kWh.'],
    () => ['Hvordan bytter jeg strømleverandør?', 'Du trenger bare fødselsnummer og adresse. Vi ordner resten, og byttet skjer i løpet av noen dager. Du trenger ikke si opp den gamle avtalen selv.'],
    () => ['Når kommer første faktura?', 'Første faktura kommer etter første hele måned. Vi fakturerer etterskuddsvis, én gang i måneden.'],
    () => ['Hva er forskjellen på spotpris og fastpris?', 'Med spotpris følger prisen markedet time for time. Med fastpris betaler du samme pris per kWh i hele avtaleperioden, uansett hva som skjer i markedet.'],
    (c) => ['Kan jeg si opp når jeg vil?', c.p.binding ? `Avtalen har ${c.p.binding} måneders bindingstid. Sier du opp før, betaler du bruddgebyr.` : 'Ja. Avtalen har ingen bindingstid og kan sies opp med 14 dagers varsel.'],
    () => ['Hva er nettleie?', 'Nettleien betaler du til nettselskapet for å få strømmen fram til boligen. Den kommer i tillegg til strømprisen og er lik uansett hvilken strømleverandør du velger.'],
    () => ['Hva skjer hvis jeg flytter?', 'Gi oss beskjed om ny adresse og dato, så flytter vi avtalen med deg. Det koster ingenting.'],
    () => ['Hvordan fungerer plusskundeavtalen?', 'Har du solceller, kjøper vi overskuddsstrømmen din til spotpris. Oppgjøret kommer som fradrag på fakturaen.'],
  ],
  terms: [
    () => 'Avtalen gjelder levering av elektrisk kraft til private husholdninger. Standard kraftleveringsavtale gjelder i tillegg til disse vilkårene.',
    (c) => `Pris: Kraftprisen beregnes som spotpris i ditt prisområde (NO1–NO5), tillagt påslag. Påslaget er ${c.n(c.p.markup)} øre/kWh ${nb.vat(c)}.`,
    (c) => `Fakturering skjer månedlig etterskuddsvis. Ved for sen betaling beregnes forsinkelsesrente og purregebyr på ${c.kr(35)}.`,
    () => 'Oppsigelse: Avtalen kan sies opp med 14 dagers varsel. Oppsigelse skjer skriftlig eller på Min side.',
    (c) => `Endringer: Vi kan endre priser og vilkår med ${c.p.noticeDays} dagers varsel. Varsel sendes direkte til deg på SMS eller e-post før endringen trer i kraft.`,
    () => 'Personvern: Vi behandler personopplysninger i samsvar med personvernerklæringen vår og gjeldende lov.',
    () => 'Tvister som ikke løses i minnelighet, kan bringes inn for Elklagenemnda.',
    (c) => `Leveransen starter normalt innen 14 dager etter at bestillingen er mottatt. ${c.s.name} er ikke ansvarlig for avbrudd i nettet.`,
  ],
  tips: [
    () => 'Slik sparer du strøm i vinter: senk innetemperaturen med én grad, og flytt klesvask og oppvask til timer med lav pris.',
    () => 'Visste du at varmtvannsberederen står for nesten en femtedel av strømforbruket i en vanlig bolig? En styringsenhet kan flytte oppvarmingen til natten.',
    () => 'Strømprisen settes time for time på den nordiske kraftbørsen og varierer mellom prisområdene. I kalde, vindstille perioder stiger prisen ofte.',
    (c) => `${c.s.short} kjøper inn kraft for kundene sine hver dag. Vi tjener på påslaget og fastbeløpet – ikke på at strømmen blir dyr.`,
    () => 'Med en varmepumpe kan du redusere forbruket til oppvarming betydelig. Husk å rengjøre filteret et par ganger i året.',
    () => 'Følg med på strømforbruket ditt i appen. Der ser du time for time hva du bruker og hva det koster.',
  ],
  ui: {
    order: 'Bestill nå', readMore: 'Les mer', terms: 'Vilkår', faq: 'Vanlige spørsmål', products: 'Våre strømavtaler', area: 'Prisområde',
    markup: 'Påslag', fee: 'Fastbeløp', price: 'Pris', month: 'Måned', spot: 'Spotpris (snitt)', customerService: 'Kundeservice', myPage: 'Min side',
    about: 'Om oss', business: 'Bedrift', privacy: 'Personvern', cookies: 'Informasjonskapsler', priceHistory: 'Prishistorikk', seeTerms: 'Se vilkår',
    electricity: 'Strøm', news: 'Aktuelt', phone: 'Telefon', openingHours: 'Hverdager 08–16', orgNr: 'Org.nr.',
  },
};
