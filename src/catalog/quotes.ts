import { quote, reported } from "./build";

const OPERATOR = "Senior active-duty special operator (BI)";

/**
 * The quotes the catalog uses in more than one place, each once, by name. `quote` is the source's
 * own words or direct speech (`speaker`); `reported` is the source's account of what someone said.
 */
export const evidence = {
  // Defense One, Milley, March 2023
  milleyExpressConsent: reported(
    "milley-2023",
    "The U.S. military should not lead American counter-drug efforts in Mexico, nor operate against cartels there without the express consent of the Mexican government, said Joint Chiefs Chairman Gen. Mark Milley.",
    "Mark Milley",
  ),
  milleyNotWithout: quote(
    "milley-2023",
    "I would not recommend doing anything without the support and the approval of the Mexican government, because that would just lead to something worse than what you already have.",
    "Mark Milley",
  ),
  milleyExpressRequest: reported(
    "milley-2023",
    "and with an express request from the Mexican government, the chairman said",
    "Mark Milley",
  ),
  byWithThrough: quote(
    "milley-2023",
    "I would argue that the best thing that can be done is ‘by, with, and through’ the local governments that are friendly to the United States, and work with them and their militaries to try to stem the flow of drugs",
    "Mark Milley",
  ),
  trainingBest: reported(
    "milley-2023",
    "said he believes that training foreign military and local police is still the best option",
    "Mark Milley",
  ),
  lawEnforcementIssue: quote(
    "milley-2023",
    "The drug trafficking trade is fundamentally a law enforcement issue. It's a crime",
    "Mark Milley",
  ),
  milleyCapabilities: quote(
    "milley-2023",
    "There are capabilities that we in the military have—intelligence, for example, or logistical support, or airlift, and those sorts of things. But also there’s capabilities and special operations forces that are—all these are possible, but these are very, very difficult policy decisions.",
    "Mark Milley",
  ),
  milleyBorderCrisis: quote(
    "milley-2023",
    "So, that border crisis is very serious, and it's having a very negative effect on our society.",
    "Mark Milley",
  ),
  milleyCautioned: reported(
    "milley-2023",
    "But he cautioned the committee against unilateral military action.",
    "Mark Milley",
  ),
  battlePlans: reported(
    "milley-2023",
    "has asked for “battle plans” to invade Mexico to “conduct specific military operations to destroy the cartels”",
    "Donald Trump (as Rolling Stone reports it)",
  ),
  policyPaper: reported(
    "milley-2023",
    "The article cited an internal Trump policy paper that says Mexico should be enlisted to help the U.S. with any counter-drug efforts, but says, “It is vital that Mexico not be led to believe that they have veto power to prevent the US from taking the actions necessary to secure its borders and people.”",
    "An internal Trump policy paper (as Rolling Stone reports it)",
  ),
  milleySubhead: reported(
    "milley-2023",
    "The top U.S. general recommends military training and law enforcement to stem drug and migrant flows—not special operators and other forces.",
    "Mark Milley",
  ),
  milleyRigorous: quote(
    "milley-2023",
    "We would have to go through a very rigorous decision-making process.",
    "Mark Milley",
  ),
  terroristTactics: quote(
    "milley-2023",
    "Obviously, they're using terrorist tactics, and murdering people.",
    "Mark Milley",
  ),
  luttrellDesignation: quote(
    "milley-2023",
    "asked about or called for the Biden administration to designate Mexico’s cartels as terrorist organizations, rather than transnational criminal organizations",
  ),

  // Business Insider, January 2025
  couldHappen: reported(
    "bi-2025",
    '"Could happen," the president said, noting that "stranger things have happened."',
    "Donald Trump",
  ),
  stomach: quote(
    "bi-2025",
    "I don't think that the American people have the stomach for what's going to happen if we start messing around down there",
    OPERATOR,
  ),
  killingLeaders: quote(
    "bi-2025",
    "Just throwing any military mechanism at this problem for the purpose of just killing cartel leaders is not going to change anything",
    OPERATOR,
  ),
  makeWorse: quote("bi-2025", "It's only going to make things worse.", OPERATOR),
  spillover: reported(
    "bi-2025",
    "sending any military troops into Mexico risks stirring instability, which could then spill over the border into US territory",
    "Experts on the cartels and warfare (BI)",
  ),
  waltz: reported(
    "bi-2025",
    "Trump's new national security advisor, Mike Waltz, a former Green Beret, has pushed the idea of using special operators.",
    "Mike Waltz",
  ),
  homan: reported(
    "bi-2025",
    'Tom Homan, has said that special operations forces could be used to take the cartels out, or "take them off the face of the Earth."',
    "Tom Homan",
  ),
  trumpInclined: quote(
    "bi-2025",
    "hard-hitting missions US special operations is known for and which Trump appears inclined to pursue",
  ),
  raidsDisastrous: reported(
    "bi-2025",
    "on Mexican soil would bring disastrous consequences, especially if conducted without an invitation from Mexico, the operator and other experts BI spoke with warned",
    "The SOF operator and other experts (BI)",
  ),
  onlyAugment: quote(
    "bi-2025",
    "SOF missions like foreign internal defense could be prudent, but only to augment nonmilitary approaches.",
  ),
  lessKinetic: reported(
    "bi-2025",
    "But other, less kinetic missions, like training foreign troops or improving foreign internal defense, could prove worthwhile, they said.",
    "The SOF operator and other experts (BI)",
  ),
  augment: reported(
    "bi-2025",
    "With Trump's formal designation of cartels as foreign terrorist organizations, those kinds of missions could augment other government efforts to more effectively stem the flow of drugs into the US, sources told BI.",
    "BI's sources",
  ),
  breadAndButter: quote(
    "bi-2025",
    "Such missions have long been the bread and butter of forces like the Army's Green Berets.",
  ),
  desantis: reported(
    "bi-2025",
    'he told CNN that if elected president, he would deploy US special operations forces into Mexico "on day one."',
    "Ron DeSantis",
  ),
  aumf2023: quote(
    "bi-2025",
    "introduced new Authorization of Military Force legislation aimed at Mexican cartels",
  ),
  hoffmanUnderstandable: reported(
    "bi-2025",
    "Wanting to send special operations forces into Mexico is understandable, said Bruce Hoffman",
    "Bruce Hoffman",
  ),
  hoffmanFailed: reported(
    "bi-2025",
    "Other measures have failed to curb the flow of drugs into the US, though some of the efforts at home appear to be working, as deaths from fentanyl overdoses are finally on the decline.",
    "Bruce Hoffman",
  ),
  sofSmaller: reported(
    "bi-2025",
    "But special operations is much smaller than conventional military forces, he said, and isn't designed to solve every problem that might warrant military intervention.",
    "Bruce Hoffman",
  ),
  internalDefenses: reported(
    "bi-2025",
    "Bolstering Mexico's internal defenses could be a worthwhile endeavor, the active-duty special operator told BI, but prioritizing military intervention over non-violent approaches, like empowering the State and Treasury departments to apply pressure on the financial institutions used by cartels, would be foolhardy.",
    OPERATOR,
  ),
  humanitarian: reported(
    "bi-2025",
    "Violence against cartels could trigger a humanitarian crisis and spur more immigration to the US, said Guadalupe Correa-Cabrera",
    "Guadalupe Correa-Cabrera",
  ),
  refugeeCrisis: reported(
    "bi-2025",
    "Mexican civilians caught in the crossfire would likely flee communities, which could create a refugee crisis, she said.",
    "Guadalupe Correa-Cabrera",
  ),
  asylum: quote(
    "bi-2025",
    "They are going to apply for asylum in a desperate situation",
    "Guadalupe Correa-Cabrera",
  ),
  illogical: reported(
    "bi-2025",
    "calling the idea of immediate military intervention illogical",
    "Guadalupe Correa-Cabrera",
  ),
  oppositeEffect: reported(
    "bi-2025",
    'If the goal is to limit the reach of the cartels and the violence and the destruction that comes with them, "you are going to get the exact opposite effect" if you start killing leaders',
    "Carolyn Gallaher",
  ),
  replaced: quote(
    "bi-2025",
    "Top leaders can be easily replaced by others zealously vying for power, creating an even more complex battlefield for American troops and Mexican civilians.",
  ),
  civilianLife: quote(
    "bi-2025",
    "When you start fighting an army that is not behaving like a regular military, you are basically in the middle of civilian life",
    "Carolyn Gallaher",
  ),
  differentiate: quote(
    "bi-2025",
    "And you don't have an accurate way to differentiate between civilian and soldier.",
    "Carolyn Gallaher",
  ),
  notSufficient: quote(
    "bi-2025",
    "A military approach by itself will not be sufficient. It will not solve the problem",
    "Doug Livermore",
  ),
  livermoreOneTool: reported(
    "bi-2025",
    "said special operations is just one tool in the vast US government toolbox, and can't be the main effort",
    "Doug Livermore",
  ),
  livermoreIntelligence: reported(
    "bi-2025",
    "He suggested a broader approach involving US special operations-provided intelligence or efforts to bolster internal security.",
    "Doug Livermore",
  ),
  corruption: reported(
    "bi-2025",
    "However, Livermore said rampant corruption in Mexico's government agencies",
    "Doug Livermore",
  ),
  // The seed has a stray character between "agencies" and "could": the sentence's end, quoted apart.
  corruptionComplicates: reported("bi-2025", "could complicate these efforts.", "Doug Livermore"),
  livermoreChina: reported(
    "bi-2025",
    "He also recommended a closer examination and targeting of China's role in the US drug crisis, pointing to the supply of chemical and financial support to cartels.",
    "Doug Livermore",
  ),
  quagmire: quote("bi-2025", "Lacking such parameters could lead to another quagmire."),
  takesYears: reported(
    "bi-2025",
    "It seems likely, however, that any effective operation to dismantle them will take years, he said.",
    OPERATOR,
  ),
  consistentEffort: quote(
    "bi-2025",
    "It's not done in a short amount of time; it takes consistent effort and partnership",
    OPERATOR,
  ),
  generation: quote(
    "bi-2025",
    "It's going to take a generation or two; it's not going to be done in four years.",
    OPERATOR,
  ),
  notReversed: quote("bi-2025", "Such legislation is notably not often quickly reversed"),
  balloon: quote(
    "bi-2025",
    "both of the AUMFs that allowed the Global War on Terror to balloon in scope are still in place",
  ),

  // Heritage Foundation, 27 January 2025
  appropriate: quote(
    "heritage-2025",
    "Congress should appropriate resources for an enhanced border security role for the U.S. military.",
  ),
  jointIdeal: quote(
    "heritage-2025",
    "Joint military action, coordinated with the approval of the Mexican government, is the ideal condition for any direct U.S. action against the cartels on Mexican territory.",
  ),
  unilateralPrompt: quote(
    "heritage-2025",
    "However, in the appropriate context, unilateral U.S. military action may be employed to disrupt cartel activity and prompt cooperation from a resistant Mexican government.",
  ),
  highRisks: quote(
    "heritage-2025",
    "At the same time, there are high risks of undesirable response from the Mexican government and drug cartels.",
  ),
  lastResort: quote(
    "heritage-2025",
    "Options for direct action against the cartels within Mexico should be a last resort and operate on an escalating scale, to be deployed in consideration of the present operating environment and diplomatic context.",
  ),
  dualObjectives: quote(
    "heritage-2025",
    "The approach for any direct military action should be tailored to the dual objectives of destabilizing cartel supply chains and prompting a desired change in behavior by the cartels or the Mexican government in the case of unilateral action.",
  ),
  lowerRisk: quote(
    "heritage-2025",
    "Lower-risk options, such as interception of cartel drones around the U.S. border, may still be effective, though current conditions heighten the importance of planning for more aggressive measures, including on Mexican territory.",
  ),
  endState: quote(
    "heritage-2025",
    "U.S. policy should seek an end state in which the Mexican government re-assumes the primary role for debilitating the cartel threat within its borders",
  ),
  leverage: quote(
    "heritage-2025",
    "By reasserting U.S. national security interests in the U.S.–Mexico relationship, and using U.S. economic leverage, the U.S. can push a reluctant Mexican government to confront the cartel threat housed within its borders.",
  ),
  usmca: quote(
    "heritage-2025",
    "The 2026 renegotiation of the United States–Mexico–Canada Agreement (USMCA) offers one such opportunity",
  ),
  clearNeed: quote(
    "heritage-2025",
    "there is a clear need for increased U.S. action to contain and confront the cartels and their illicit activities",
  ),
  unreliable: quote(
    "heritage-2025",
    "The increasingly unreliable nature of the U.S.–Mexico security partnership has already led the Trump Administration to signal a stance in which it prioritizes new measures and resources that reduce the reliance of the U.S. on the willingness of the Mexican government to contain the cartel threat.",
  ),
  firstSteps: quote(
    "heritage-2025",
    "The first steps on this front should consist of measures, such as substantial bolstering of the U.S. Customs and Border Protection (CBP) border security capacities, increasing restrictions on formal and informal border crossings, ramping up U.S. law enforcement efforts, targeting illicit financial flows tied to the cartels, and sanctioning corrupt Mexican officials.",
  ),
  precedent: quote(
    "heritage-2025",
    "there is substantial historical precedent for an active U.S. military role in border security and managing migration crises",
  ),
  uniqueResources: quote(
    "heritage-2025",
    "The U.S. military possesses unique resources and capabilities to assist with a range of missions and roles to confront the various aspects of the border crisis.",
  ),
  tradeOffs: quote(
    "heritage-2025",
    "There are risks and trade-offs to repurposing U.S. military resources and personnel toward border security and deportation operations.",
  ),
  limitedResources: quote("heritage-2025", "demands for limited U.S. military resources are substantial"),
  readinessLimited: quote(
    "heritage-2025",
    "In this way, the impact on military readiness in other critical theaters could be limited.",
  ),
  amlo: quote(
    "heritage-2025",
    "Mexico’s previous government under President Andrés Manuel López Obrador had accelerated the decline in Mexico’s counternarcotics enforcement actions while imposing substantial new limits on security cooperation with the U.S.",
  ),
  complexPartner: quote(
    "heritage-2025",
    "For decades, Mexico has been a complex security partner for the U.S., with counternarcotics cooperation impaired by corruption, capacity limitations, and political shifts.",
  ),
  migrationTenuous: quote(
    "heritage-2025",
    "Notably, the Mexican government has proved more willing to disrupt the flow of illegal migration across its territory (but even this cooperation has proven tenuous).",
  ),
  movedToward: quote("heritage-2025", "President Trump moved toward designating Mexican cartels as FTOs"),
  mayDeploy: quote(
    "heritage-2025",
    "indicated that he may deploy the U.S. military to Mexico to target the cartels",
  ),
  emergencyIntent: quote(
    "heritage-2025",
    "President Trump has shown his intent to do so in his declaration of a national emergency at the U.S. southern border",
  ),
  narcoMigration: quote(
    "heritage-2025",
    "The President has many options and authorities for using the U.S. military to protect the integrity of the Southwest border from the historic narco-migration threat.",
  ),
  mitigate: quote(
    "heritage-2025",
    "Therefore, any direct U.S. military action should be preceded and accompanied by coordinated measures to mitigate undesirable responses and limit the exposure of the U.S. to the same.",
  ),
  decliningCapacity: quote(
    "heritage-2025",
    "the Mexican government’s quickly declining capacity to maintain the rule of law",
  ),
  fifthLargest: quote(
    "heritage-2025",
    "Today, drug cartels are the fifth-largest employer in Mexico, with between 160,000 and 185,000 members.",
  ),
  homicides: quote(
    "heritage-2025",
    "cartel violence has risen to disturbing levels, with upwards of 40,000 recorded homicide deaths each year",
  ),
  readinessMitigated: quote(
    "heritage-2025",
    "Nonetheless, steps can and should be taken in congressional appropriations and Department of Defense (DOD) planning to mitigate effects on military readiness elsewhere.",
  ),
  optionsAndAuthorities: quote(
    "heritage-2025",
    "A broad and diverse set of options and legal authorities are available to the second Trump Administration for using the resources and capacities of the U.S. military to ensure the integrity of the border with Mexico.",
  ),
  seriousPlanning: quote(
    "heritage-2025",
    "it is appropriate for the U.S. to engage in serious planning and preparation for an enhanced and scalable military role in confronting the growing threats at the border",
  ),
  revenue: quote(
    "heritage-2025",
    "Mexican drug cartels receive an estimated $30 billion each year in illicit revenue",
  ),
  weaponry: quote(
    "heritage-2025",
    "Cartels are also equipped with military-level weaponry, including anti-aircraft weapons and armored vehicles",
  ),
  cartelDrones: quote(
    "heritage-2025",
    "increasingly employing advanced technologies, such as drones and signal jamming systems",
  ),
  chinaHeritage: quote(
    "heritage-2025",
    "The Chinese Communist Party, through Chinese chemical companies and criminal groups, has provided a steady flow of fentanyl precursors to Mexican cartels",
  ),
  launderingChina: quote(
    "heritage-2025",
    "while Chinese money launderers aid the cartels in laundering their profits to avoid U.S. law enforcement",
  ),
  pullsBack: quote(
    "heritage-2025",
    "The nature of the cartel threat has shifted notably in recent years as the Mexican government increasingly pulls back on enforcement against drug trafficking organizations (DTOs).",
  ),
  dissuading: quote(
    "heritage-2025",
    "This wealth has allowed cartels to grow in power and lethal capacity, further dissuading the Mexican government from deploying its limited enforcement capacities against the cartels.",
  ),
  allThreats: quote(
    "heritage-2025",
    "All these threats pass through the U.S. southern border, deployed from within Mexico by deadly and increasingly powerful drug cartels.",
  ),
  rapidlyIncreasing: quote(
    "heritage-2025",
    "The unchecked growth of Mexican drug cartels poses a rapidly increasing threat to U.S. national security and the well-being of the American public.",
  ),
  overdoseToll: quote(
    "heritage-2025",
    "The rise of illicit fentanyl has driven U.S. overdose deaths to staggering levels, surpassing 100,000 annually since 2021.",
  ),
  deteriorated: quote(
    "heritage-2025",
    "As the threats facing the U.S. at its border with Mexico rise, cooperation with Mexico has rapidly deteriorated.",
  ),

  // Washington Post, August 2025
  destroyers: reported(
    "wapo-2025",
    "Discussions have ranged from using Navy destroyers to launch missiles at cartel leaders or infrastructure to partnering more closely with Mexican authorities to target the criminal organizations, a U.S. official familiar with the issue said.",
    "A U.S. official",
  ),
  audacious: reported(
    "wapo-2025",
    "Military strikes would be “audacious” and potentially unlikely to get approval from the president, said the official",
    "A U.S. official",
  ),
  favoringStrikes: reported(
    "wapo-2025",
    "A second U.S. official said that there is no consideration for putting U.S. troops on the ground in Mexico, with administration officials instead favoring drone or naval strikes if action is approved.",
    "A second U.S. official",
  ),
  noActionImminent: reported(
    "wapo-2025",
    "A third person familiar with discussions said that Defense Secretary Pete Hegseth was briefed weeks ago on military options, and it appears that no action is imminent.",
    "A person familiar with the discussions",
  ),
  nytDirective: quote(
    "wapo-2025",
    "The New York Times reported Friday that Trump has signed a “directive” to begin using military force against cartels.",
  ),
  declinedToSay: quote(
    "wapo-2025",
    "The Pentagon referred questions to the White House, which declined to say whether a new authorization has been approved.",
  ),
  kelly: quote(
    "wapo-2025",
    "President Trump’s top priority is protecting the homeland, which is why he took the bold step to designate several cartels and gangs as foreign terrorist organizations",
    "Anna Kelly (White House)",
  ),
  surveillanceStepped: quote(
    "wapo-2025",
    "Trump has already stepped up surveillance drone flights over Mexico and around the U.S. southern border, where the U.S. military has deployed thousands of troops.",
  ),
  navyPatrols: quote(
    "wapo-2025",
    "The U.S. Navy has also sent warships to conduct additional patrols in coastal waters near Mexico.",
  ),
  sheinbaumUnilateral: reported(
    "wapo-2025",
    "Mexican President Claudia Sheinbaum on Friday said her government opposed any unilateral U.S. military action in her country.",
    "Claudia Sheinbaum",
  ),
  sheinbaumCooperate: quote("wapo-2025", "We cooperate, we collaborate", "Claudia Sheinbaum"),
  sheinbaumNotTerritory: quote(
    "wapo-2025",
    "This has nothing to do with Mexican territory",
    "Claudia Sheinbaum",
  ),
  sheinbaumNoInvasion: quote(
    "wapo-2025",
    "We cooperate, we collaborate, but there will be no invasion. We’re ruling this out, absolutely.",
    "Claudia Sheinbaum",
  ),
  turnedDownSoldiers: reported(
    "wapo-2025",
    "She noted that she had turned down Trump’s offers to send U.S. soldiers to help her government fight drug cartels.",
    "Claudia Sheinbaum",
  ),
  sheinbaumDomestic: reported(
    "wapo-2025",
    "she said of the reported presidential directive, adding that it only involved domestic U.S. military actions",
    "Claudia Sheinbaum",
  ),
  pentagonGroup: reported(
    "wapo-2025",
    "The group’s work has been coordinated with the Mexican government, a U.S. official told The Post in April.",
    "A U.S. official",
  ),
  publicDiplomacy: reported(
    "wapo-2025",
    "A former U.S. intelligence official with extensive experience in the region said Trump’s deliberations appear to be part public diplomacy, signaling his intent to keep up pressure on the fentanyl issue.",
    "A former U.S. intelligence official",
  ),
  telegraphing: quote(
    "wapo-2025",
    "This seems to be about messaging and telegraphing",
    "A former U.S. intelligence official",
  ),
  rubioDesignation: quote(
    "wapo-2025",
    "allows us to now target what they’re operating and to use other elements of American power, intelligence agencies, the Department of Defense",
    "Marco Rubio",
  ),
  rubioArmed: quote(
    "wapo-2025",
    "We have to start treating them as armed terrorist organizations, not simply drug dealing organizations.",
    "Marco Rubio",
  ),
  backfire: reported(
    "wapo-2025",
    "Some former U.S. officials who served in Latin American have warned that an overly muscular approach involving U.S. troops and weapons could backfire in Mexico, the number one U.S. trading partner, alienating a country that is bruised from a long history of intervention by its northern neighbor.",
    "Former U.S. officials who served in Latin America",
  ),
  unclearEffect: quote(
    "wapo-2025",
    "It is also unclear whether stepped-up U.S. military operations would have much long-term effect on Mexican criminal organizations.",
  ),
  fiveHundred: quote(
    "wapo-2025",
    "Today, there are more than 500 cartels, gangs and mafia-style groups all over the country cooperating in a variety of ways, according to the consulting firm Lantia Intelligence.",
  ),
  nameMayors: quote(
    "wapo-2025",
    "They are so powerful that they name mayors and enjoy alliances with senior officials in a number of states.",
  ),
  blasted: quote("wapo-2025", "Trump has blasted Mexico for its failure to control the flow of fentanyl."),
  tariffs: quote(
    "wapo-2025",
    "said a White House statement in March, announcing tariffs on Mexico and Canada",
  ),
  mexicoResponse: quote(
    "wapo-2025",
    "In response, Sheinbaum’s government has deployed thousands of troops to its northern border, transferred dozens of top traffickers to the United States and increased cooperation with U.S. antidrug agencies.",
  ),
  seizuresFalling: quote(
    "wapo-2025",
    "Seizures of fentanyl in the United States have actually been falling, a decline that began before Trump took office.",
  ),
  factors: reported(
    "wapo-2025",
    "U.S. security officials and private analysts say a number of factors could be behind the drop, including a civil war within the Sinaloa cartel, a crackdown by China on exports of precursor chemicals and an apparent decline in fentanyl use in the United States.",
    "U.S. security officials and private analysts",
  ),
  troopsHoldOff: reported(
    "wapo-2025",
    "Trump’s deployment of U.S. troops to the border also could be prompting some traffickers to hold off on shipments, officials say.",
    "U.S. officials",
  ),
  ciaResources: quote(
    "wapo-2025",
    "At the CIA, resources have been diverted to the counternarcotics mission",
  ),
  predator: quote(
    "wapo-2025",
    "the spy agency has expanded a program — begun under the Biden administration — in which Predator drones fly over Mexican territory in search of fentanyl labs and other cartel operations",
  ),
  notAuthorizedToStrike: quote(
    "wapo-2025",
    "As far as is known, the drones, which can carry Hellfire missiles, have not been authorized to conduct lethal strikes.",
  ),
  ciaSharing: reported(
    "wapo-2025",
    "The CIA also is increasing intelligence-sharing with Mexican law enforcement authorities to battle the cartels, officials familiar with the plans said.",
    "Officials familiar with the plans",
  ),
  kaine: quote(
    "wapo-2025",
    "[S]igning a secret directive to potentially send U.S. service members into harm’s way — without consulting Congress, notifying the American people, or any legal authority to launch strikes within the sovereign territory of our neighbors — is shortsighted and lawless, and will destroy the critical relationships we need to effectively address this challenge",
    "Tim Kaine",
  ),
  kaineNoAuthority: quote(
    "wapo-2025",
    "without consulting Congress, notifying the American people, or any legal authority to launch strikes within the sovereign territory of our neighbors",
    "Tim Kaine",
  ),
  kaineBipartisan: reported(
    "wapo-2025",
    "Sen. Tim Kaine (D-Va.) in a statement noted the importance of bipartisan efforts to counter drug cartels, but sounded a note of caution about the use of military force.",
    "Tim Kaine",
  ),
  eightDesignated: quote(
    "wapo-2025",
    "the administration’s designation of eight cartels as foreign terrorist organizations early this year",
  ),
  dayOne: quote(
    "wapo-2025",
    "On Day One of his presidency, President Donald Trump issued an executive order declaring a national emergency",
  ),

  // Analysis column, September 2025
  deaAdvocated: reported(
    "analysis-2025",
    "officials from the Drug Enforcement Administration “advocated for a series of military strikes in Mexico” during the opening days of Trump’s second term",
    "DEA officials",
  ),
  deaSuggested: reported(
    "analysis-2025",
    "DEA officials suggested both targeted killings of cartel leadership” along with “attacks on [cartel] infrastructure” within Mexico",
    "DEA officials",
  ),
  maltz: quote(
    "analysis-2025",
    "in favor of hitting the production labs and command control leaders in Mexico",
    "Derek S. Maltz",
  ),
  esper: reported(
    "analysis-2025",
    "he asked Mark T. Esper, his defense secretary at the time, about the possibility of launching missiles into Mexico",
    "Donald Trump",
  ),
  rangeOfOptions: reported(
    "analysis-2025",
    "Trump tasked his policy advisers with developing “a range of military options” in Mexico including strikes that were “not sanctioned by Mexico’s government.”",
    "Donald Trump (as Rolling Stone reports it)",
  ),
  assassinationSquads: reported(
    "analysis-2025",
    "He would also vow, according to a subsequent Rolling Stone article published in May of 2024, to “deploy American assassination squads into Mexico” if reelected.",
    "Donald Trump",
  ),
  ultimatum: reported(
    "analysis-2025",
    "Trump reportedly advised confidants and various GOP lawmakers of his intention to deliver an ultimatum to Mexican officials warning them that if they failed to stem the flow of fentanyl to America they would face American military reprisals",
    "Donald Trump (as Rolling Stone reports it)",
  ),
  prepareOptions: quote(
    "analysis-2025",
    "in early August, Trump issued a directive to the Pentagon to prepare a set of options to “begin using military force against certain Latin American drug cartels that his administration has deemed terrorist organizations.”",
  ),
  refrained: quote(
    "analysis-2025",
    "To date, however, the Trump administration has refrained from directly attacking Mexican cartels within Mexico.",
  ),
  closestCooperation: quote(
    "analysis-2025",
    "the closest security cooperation we have ever had, maybe with any country, but certainly in the history of U.S.-Mexico relations",
    "Marco Rubio",
  ),
  highLevelConsultation: quote(
    "analysis-2025",
    "the U.S. and Mexico availed themselves of the opportunity to issue a joint statement announcing a new “high-level consultation” framework for dealing with narcotics interdiction",
  ),
  tenuousChange: quote(
    "analysis-2025",
    "Of course, it’s important to keep in mind that this tenuous state of affairs could easily change.",
  ),
  gorka: reported(
    "analysis-2025",
    "there’s apparently a hardline faction within the Trump administration, led by Sebastian Gorka, the senior director for counterterrorism within the White House National Security Council, that openly favors the direct use of the U.S. military in Mexico without the cooperation of Mexican security forces",
    "Sebastian Gorka's faction (as the New York Times reports it)",
  ),
  rubioCooperative: reported(
    "analysis-2025",
    "the United States would not use lethal force in “cooperative” countries that proactively advanced the administration’s counternarcotics objectives",
    "Marco Rubio",
  ),
  rubioNotRuledOut: reported(
    "analysis-2025",
    "Even Rubio, who has stated a preference for working collaboratively with Mexico and who has praised the Mexican government for its interdiction efforts, has not ruled out unilateral military attacks in Mexico.",
    "Marco Rubio",
  ),
  johnson: reported(
    "analysis-2025",
    "Trump’s ambassador to Mexico, Ronald Johnson, has also refused to rule out the possibility of unilateral U.S. military strikes in Mexico",
    "Ronald Johnson",
  ),
  bosworth: reported(
    "analysis-2025",
    "similarly argues that the Trump administration is preparing for “an actual war” in Mexico with or without Mexico’s cooperation",
    "James Bosworth",
  ),
  notTheater: quote(
    "analysis-2025",
    "simply dismissing all of the aggressive rhetoric emanating from the Trump administration as mere political theater would be a mistake",
  ),
  boas: reported(
    "analysis-2025",
    "Trump’s executive order transferring control of a strip of land along the Mexican border to the U.S. military is about a lot more than simply apprehending undocumented migrants. It’s ultimately, as argued by Boas, a prelude to “staging operations against the cartels.”",
    "Phil Boas",
  ),
  grilloMitigated: reported(
    "analysis-2025",
    "Although Grillo believed at that point that the threat of a U.S. military strike on Mexican territory had been mitigated by the efficacy of the Mexican government’s interdiction efforts, he acknowledged that “things could change very quickly.”",
    "Ioan Grillo",
  ),
  grilloIncident: reported(
    "analysis-2025",
    "All it would take, he warned, is one random “incident” to “spark things up” and provoke a larger and perhaps more serious confrontation in Mexico.",
    "Ioan Grillo",
  ),
  patrol: quote(
    "analysis-2025",
    "a heavily armed Mexican army patrol accidentally crossing into the United States and confronting two Americans",
  ),
  designatedFeb20: quote(
    "analysis-2025",
    "as Foreign Terrorist Organizations and Specially Designated Global Terrorists by the State Department on February 20th",
  ),
};
