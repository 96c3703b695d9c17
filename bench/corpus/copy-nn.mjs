/** Nynorsk copy. Same entries as the bokmål bank. */
export const nn = {
  typeWord: { spot: 'spotprisavtale', 'hourly-spot': 'timespotavtale', fixed: 'fastprisavtale', variable: 'variabel avtale', purchase: 'innkjøpsprisavtale', plus: 'plusskundeavtale' },
  vat: (c) => c.r.pick(['inkl. mva', 'inkl mva', 'inkludert mva', 'medrekna mva']),
  headline: (c) =>
    c.r.pick([
      `${c.p.name} – straum utan overraskingar`,
      `Få ${c.p.name} frå ${c.s.short}`,
      `${c.p.name}: enkel og rettferdig straum`,
      `Byt til ${c.p.name} i dag`,
      `Straumavtalen for deg i ${c.s.city}`,
    ]),
  intro: (c) =>
    c.r.pick([
      `${c.p.name} er ein ${nn.typeWord[c.p.type]} for deg som vil betale det straumen faktisk kostar.`,
      `Med ${c.p.name} får du straum levert av ${c.s.short}, eit lokalt selskap frå ${c.s.city} som har selt straum sidan ${c.s.since}.`,
      'Vi har gjort det enkelt: éin pris å halde seg til, tydelege vilkår og kundeservice som svarar.',
      `Hjå ${c.s.short} betaler du ikkje for ting du ikkje treng. ${c.p.name} er laga for vanlege hushald.`,
    ]),
  markup: (c) =>
    c.p.markup === 0
      ? c.r.pick(['0 øre i påslag!', 'Utan påslag – du betaler berre spotpris og fastbeløp.', `Påslag: 0,0 øre/kWh ${nn.vat(c)}.`])
      : c.r.pick([
          `Påslag: ${c.n(c.p.markup)} øre/kWh ${nn.vat(c)}.`,
          `Du betaler spotpris og eit tillegg på ${c.n(c.p.markup)} øre/ kWh (${nn.vat(c)}).`,
          `Påslaget er ${c.n(c.p.markup)} øre pr. kWt.`,
        ]),
  monthlyFee: (c) =>
    c.p.monthlyFee === 0
      ? c.r.pick(['Fastbeløp: 0 kr/mnd.', 'Inga månadsavgift.'])
      : c.r.pick([`Fastbeløp: ${c.p.monthlyFee} kr/mnd.`, `Fast månadsbeløp ${c.kr(c.p.monthlyFee)} ${nn.vat(c)}.`, `${c.p.monthlyFee} kr/månad i fast beløp.`, `kr. ${c.p.monthlyFee}/ månad i fastbeløp.`]),
  fixedPrice: (c) =>
    c.r.pick([
      `Fastpris ${c.n(c.p.fixedPrice)} øre/kWh i ${c.p.fixedMonths} månader.`,
      `Fast pris: ${c.n(c.p.fixedPrice)} øre/kWh ${nn.vat(c)}, gjeld i ${c.p.fixedMonths / 12} år frå oppstart.`,
      `Du betaler ${c.n(c.p.fixedPrice)} øre/kWh heile avtaleperioden.`,
    ]),
  variablePrice: (c) => `Dagens pris er ${c.n(c.p.fixedPrice)} øre/kWh ${nn.vat(c)}. Prisen kan endrast med 30 dagars varsel.`,
  campaignOffer: (c) => {
    const k = c.p.campaign;
    if (k.kind === 'markup') return c.r.pick([`Kampanje: 0 kr i påslag dei første ${k.months} månadene!`, `Tilbod – utan påslag i ${k.months} mnd.`, `No: 0 øre/kWh i påslag dei fyrste ${k.months} månadene.`]);
    if (k.kind === 'monthlyFee') return c.r.pick([`Introduksjonstilbod: inga månadsavgift dei første ${k.months} mnd.`, `Fastbeløp kr 0,- i ${k.months} månader.`]);
    if (k.kind === 'bonus') return `Velkomstbonus: ${c.kr(k.bonus)} i gåvekort når du bestiller ${c.p.name}.`;
    return `Kampanje: 0 øre i påslag for dei første ${c.thousands(k.kwh)} kWh.`;
  },
  campaignEnd: (c) => {
    const k = c.p.campaign;
    if (!k.endStated) return c.r.pick(['Så lenge tilbodet varer.', 'Berre i ein avgrensa periode!', '']);
    if (!k.end) return `Tilbodet gjeld i ${k.months} månader frå oppstart.`;
    return c.r.pick([`Tilbodet gjeld til og med ${c.date(k.end)}.`, `Bestill innan ${c.date(k.end)}.`, `Kampanjen gjeld t.o.m. ${c.date(k.end)}.`]);
  },
  campaignAfter: (c) => {
    const k = c.p.campaign;
    if (!k.afterStated) return c.r.pick(['Deretter ordinære prisar.', '']);
    return c.r.pick([
      `Deretter ${c.n(k.afterMarkup)} øre/kWh i påslag og ${k.afterFee} kr/mnd.`,
      `Etter kampanjeperioden går avtalen over til ${c.p.name} til ordinær pris (påslag ${c.n(k.afterMarkup)} øre/kWh).`,
      `Når kampanjen er over, vert fastbeløpet endra til ${k.afterFee} kr/mnd.`,
    ]);
  },
  binding: (c) => {
    if (!c.p.bindingStated) return '';
    if (c.p.binding === 0) return c.r.pick(['Inga bindingstid.', 'Utan binding – du kan seie opp når du vil.', 'Avtalen løper til han vert sagd opp.']);
    return `Bindingstid: ${c.p.binding} månader. Brotgebyr ${c.kr(c.p.breakFee)} ved oppseiing før tida.`;
  },
  notice: (c) =>
    c.p.directNotice
      ? `Vi varslar prisendringar minst ${c.p.noticeDays} dagar før på SMS eller e-post – du vel sjølv kanal.`
      : `Prisendringar vert publiserte på Mi side ${c.p.noticeDays} dagar i førevegen.`,
  fees: (c) =>
    c.r.pick([`Fakturagebyr: ${c.kr(c.p.invoiceFee)} med eFaktura/AvtaleGiro, ${c.kr(c.p.paperFee)} for papirfaktura.`, `Papirfaktura kostar ${c.kr(c.p.paperFee)} per faktura.`, 'Avtalen føreset eFaktura og AvtaleGiro.']),
  priceRisk: (c) => c.r.pick(['Spotprisen endrar seg frå time til time, og straumrekninga kan variere mykje frå månad til månad.', 'Prisen følgjer marknaden og kan både gå opp og ned.']),
  restriction: (c) =>
    ({ new: 'Gjeld berre nye kundar.', credit: 'Føreset godkjend kredittvurdering.', ams: 'Berre for hushald med timemålt anlegg (AMS).', members: `Føreset medlemskap i ${c.s.brand} Fordel (kr 0,-).` })[c.p.restriction] ?? '',
  maxKwh: (c) => `Avtalen gjeld for årsforbruk opp til ${c.thousands(c.p.maxKwh)} kWh. Forbruk over dette vert fakturert med påslag ${c.n(c.p.markup + 3)} øre/kWh.`,
  withdrawal: () => 'Du har 14 dagars angrerett frå avtalen er inngått. Bruk angreskjemaet på Mi side, eller send oss ein e-post.',
  grid: (c) => c.r.pick(['Nettleige og elavgift kjem i tillegg og vert fakturert av nettselskapet.', 'Nettleige kjem i tillegg.']),
  portal: () => 'Samanlikn straumavtalar på Forbrukarrådet sin straumprisportal, strompris.no.',
  claim: (c) => c.r.pick(['Billegast på Vestlandet!', 'Lågast pris i regionen*', 'Marknadens beste spotavtale']),
  claimBasis: (c) => `*Basert på snittpris i ${c.p.areas[0]} for ${c.month(c.r.int(1, 12))} 2025, henta frå strompris.no med 16 000 kWh årsforbruk.`,
  quote: (c) =>
    `«${c.r.pick(['Bytet tok fem minutt, og fakturaen er lett å forstå.', 'Endeleg ein straumleverandør som svarar på telefonen!', 'Vi sparte pengar i fjor vinter.'])}» – ${c.r.pick(['Ragnhild', 'Eirik', 'Solveig', 'Torleiv', 'Astrid', 'Nils'])}, ${c.r.pick(['Førde', 'Voss', 'Ørsta', 'Sogndal', 'Stord', 'Volda'])}`,
  faq: [
    () => ['Kva er påslag?', 'Påslaget er det vi tek for å kjøpe inn straumen for deg. Det kjem i tillegg til spotprisen og er oppgitt i øre per kWh.'],
    () => ['Korleis byter eg straumleverandør?', 'Du treng berre fødselsnummer og adresse. Vi ordnar resten, og bytet skjer i løpet av nokre dagar.'],
    () => ['Når kjem første faktura?', 'Første faktura kjem etter første heile månad. Vi fakturerer etterskotsvis, éin gong i månaden.'],
    () => ['Kva er skilnaden på spotpris og fastpris?', 'Med spotpris følgjer prisen marknaden time for time. Med fastpris betaler du same pris per kWh i heile avtaleperioden.'],
    (c) => ['Kan eg seie opp når eg vil?', c.p.binding ? `Avtalen har ${c.p.binding} månaders bindingstid. Seier du opp før, betaler du brotgebyr.` : 'Ja. Avtalen har inga bindingstid og kan seiast opp med 14 dagars varsel.'],
    () => ['Kva er nettleige?', 'Nettleiga betaler du til nettselskapet for å få straumen fram til bustaden. Ho kjem i tillegg til straumprisen.'],
  ],
  terms: [
    () => 'Avtalen gjeld levering av elektrisk kraft til private hushald. Standard kraftleveringsavtale gjeld i tillegg til desse vilkåra.',
    (c) => `Pris: Kraftprisen vert rekna ut som spotpris i ditt prisområde (NO1–NO5), lagt til påslag. Påslaget er ${c.n(c.p.markup)} øre/kWh ${nn.vat(c)}.`,
    (c) => `Fakturering skjer månadleg etterskotsvis. Ved for sein betaling vert det rekna forseinkingsrente og purregebyr på ${c.kr(35)}.`,
    () => 'Oppseiing: Avtalen kan seiast opp med 14 dagars varsel, skriftleg eller på Mi side.',
    (c) => `Endringar: Vi kan endre prisar og vilkår med ${c.p.noticeDays} dagars varsel. Varselet vert sendt direkte til deg på SMS eller e-post.`,
    () => 'Tvistar som ikkje vert løyste i minnelegheit, kan bringast inn for Elklagenemnda.',
  ],
  tips: [
    () => 'Slik sparer du straum i vinter: senk innetemperaturen med éin grad, og flytt klesvask og oppvask til timar med låg pris.',
    () => 'Visste du at varmtvassberedaren står for nesten ein femdedel av straumforbruket i ein vanleg bustad?',
    () => 'Straumprisen vert sett time for time på den nordiske kraftbørsen og varierer mellom prisområda.',
    (c) => `${c.s.short} kjøper inn kraft for kundane sine kvar dag. Vi tener på påslaget og fastbeløpet – ikkje på at straumen vert dyr.`,
  ],
  ui: {
    order: 'Bestill no', readMore: 'Les meir', terms: 'Vilkår', faq: 'Vanlege spørsmål', products: 'Straumavtalane våre', area: 'Prisområde',
    markup: 'Påslag', fee: 'Fastbeløp', price: 'Pris', month: 'Månad', spot: 'Spotpris (snitt)', customerService: 'Kundeservice', myPage: 'Mi side',
    about: 'Om oss', business: 'Bedrift', privacy: 'Personvern', cookies: 'Informasjonskapslar', priceHistory: 'Prishistorikk', seeTerms: 'Sjå vilkår',
    electricity: 'Straum', news: 'Aktuelt', phone: 'Telefon', openingHours: 'Kvardagar 08–16', orgNr: 'Org.nr.',
  },
};
