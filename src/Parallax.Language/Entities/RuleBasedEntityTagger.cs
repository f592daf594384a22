using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Language.Lexicon;

namespace Parallax.Language.Entities;

/// <summary>
/// A rule-based name tagger. Names are runs of capitalised tokens (joined by connectors such as "de", "bin" or, after
/// an organisation head, "of") whose capitals are not explained by position: a sentence-initial or headline word
/// counts only when the document shows it capitalised elsewhere or a gazetteer knows it. Runs are split at titles
/// ("Polish Deputy Foreign Minister Marcin Posacki" → MISC "Polish" + PER "Marcin Posacki") and classified by general
/// cues: titles and roles, organisation and place heads, place prepositions, gazetteers, given names, surname endings.
/// </summary>
public sealed class RuleBasedEntityTagger : IEntityTagger
{
    /// <inheritdoc />
    public ImmutableArray<EntityTag> Tag(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var run = new Run(document);
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            run.TagSentence(s);
        }

        return run.Tags.ToImmutable();
    }

    /// <summary>The mutable state of tagging one document.</summary>
    private sealed class Run(Document document)
    {
        private readonly ImmutableArray<Token> tokens = document.Tokens;
        private readonly CapitalisationEvidence evidence = new(document);

        public ImmutableArray<EntityTag>.Builder Tags { get; } = ImmutableArray.CreateBuilder<EntityTag>();

        public void TagSentence(int sentence)
        {
            var first = evidence.SentenceStarts[sentence];
            var last = evidence.SentenceStarts[sentence + 1];
            var k = first;
            while (k < last)
            {
                if (!IsNameToken(k))
                {
                    k++;
                    continue;
                }

                var e = k + 1;
                while (e < last)
                {
                    if (IsNameToken(e) || (IsCalendarWord(e) && GivenNames.IsGivenName(Norm(e - 1))))
                    {
                        e++; // "Theresa May": a month or day after a given name is a surname.
                    }
                    else if (ConnectorRunLength(e, last) is > 0 and var n)
                    {
                        e += n + 1; // "Ursula von der Leyen", "Ministry of Defence".
                    }
                    else
                    {
                        break;
                    }
                }

                ProcessRun(sentence, k, e);
                k = e;
            }
        }

        private string Norm(int t) => tokens[t].Norm;

        private bool IsNameToken(int t)
        {
            var norm = Norm(t);
            if (!char.IsUpper(norm[0]) || norm == "I")
            {
                return false;
            }

            if (FunctionWords.Months.Contains(norm) || FunctionWords.Days.Contains(norm))
            {
                return false;
            }

            // A shouted common word ("FILE PHOTO") is not an acronym.
            return !(IsAllCaps(norm) && norm.Length > 1 && evidence.SeenLowerCase(norm) && !Gazetteer.Organizations.Contains(norm));
        }

        /// <summary>The number of connectors starting at <paramref name="t"/> when a name token follows them, else 0.</summary>
        private int ConnectorRunLength(int t, int last)
        {
            var k = t;
            while (k < last && k - t < 3 && IsConnector(k))
            {
                k++;
            }

            return k > t && k < last && IsNameToken(k) ? k - t : 0;
        }

        private bool IsCalendarWord(int t) => FunctionWords.Months.Contains(Norm(t)) || FunctionWords.Days.Contains(Norm(t));

        private bool IsConnector(int t)
        {
            var norm = Norm(t);
            if (EntityHeads.NameConnectors.Contains(norm) && char.IsLower(norm[0]))
            {
                return true;
            }

            return norm is "of" && t > 0 && (EntityHeads.Organization.Contains(Norm(t - 1)) || EntityHeads.Location.Contains(Norm(t - 1)));
        }

        private static bool IsAllCaps(string norm)
        {
            var letters = 0;
            foreach (var c in norm)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }

                    letters++;
                }
            }

            return letters >= 2;
        }

        private bool HasEvidence(int t, bool titleCase)
        {
            var norm = Norm(t);
            return Gazetteer.Locations.Contains(norm) || Gazetteer.Organizations.Contains(norm) || Gazetteer.Demonyms.Contains(norm)
                || GivenNames.IsGivenName(norm) || evidence.SeenCapitalisedMidSentence(norm) || Roles.IsHead(norm)
                || (!titleCase && IsAllCaps(norm));
        }

        /// <summary>The length of the longest multi-word gazetteer name starting at <paramref name="a"/>.</summary>
        private int GazetteerPrefix(int a, int b)
        {
            for (var n = Math.Min(4, b - a); n >= 2; n--)
            {
                var name = Join(a, a + n);
                if (Gazetteer.Locations.Contains(name) || Gazetteer.Organizations.Contains(name))
                {
                    return n;
                }
            }

            return 0;
        }

        private string Join(int a, int b)
        {
            if (b - a == 1)
            {
                return Norm(a);
            }

            var parts = new string[b - a];
            for (var t = a; t < b; t++)
            {
                parts[t - a] = Norm(t);
            }

            return string.Join(' ', parts);
        }

        private void ProcessRun(int sentence, int a, int b)
        {
            var titleCase = evidence.TitleCase[sentence];

            // Determiners and other function words are not part of names ("The Kremlin" → "Kremlin"), unless a
            // gazetteer name starts with one ("The Hague").
            StripFunctionWords(ref a, b);

            // Capitals forced by position count only with evidence that the word is a name.
            while (a < b && (evidence.IsForcedCapital[a] || titleCase) && GazetteerPrefix(a, b) == 0 && !HasEvidence(a, titleCase)
                && !(EntityHeads.NameConnectors.Contains(Norm(a)) && a + 1 < b) && !IsLoneSpeaker(a, b, titleCase))
            {
                a++;
                while (a < b && !IsNameToken(a))
                {
                    a++;
                }
            }

            StripFunctionWords(ref a, b);
            if (titleCase)
            {
                while (b > a && !HasEvidence(b - 1, titleCase) && !EntityHeads.Organization.Contains(Norm(b - 1)))
                {
                    b--;
                }
            }

            if (a >= b)
            {
                return;
            }

            // "Secretary of State Marco Rubio": the words after a role's "of" belong to the role, up to a given name.
            if (a >= 2 && Norm(a - 1) == "of" && Roles.IsHead(Norm(a - 2)) && b - a >= 2 && !HasOrganizationHead(a, b))
            {
                var given = a + 1;
                while (given < b && !GivenNames.IsGivenName(Norm(given)))
                {
                    given++;
                }

                Classify(given < b ? given : a + 1, b, personCue: true);
                return;
            }

            if (HasOrganizationHead(a, b))
            {
                Tags.Add(new EntityTag(a, b - a, EntityKind.Organization));
                return;
            }

            // Titles split the run: [pre-modifier names] [titles] [person name].
            var firstRole = -1;
            var lastRole = -1;
            for (var t = a; t < b; t++)
            {
                if (Roles.IsRoleWord(Norm(t)) && !GivenNames.IsGivenName(Norm(t)))
                {
                    if (firstRole < 0)
                    {
                        firstRole = t;
                    }

                    lastRole = t;
                }
                else if (firstRole >= 0)
                {
                    break;
                }
            }

            if (firstRole >= 0 && HasRoleHead(firstRole, lastRole + 1))
            {
                if (firstRole > a)
                {
                    Classify(a, firstRole, personCue: false);
                }

                if (lastRole + 1 < b)
                {
                    Classify(lastRole + 1, b, personCue: true);
                }

                return;
            }

            Classify(a, b, personCue: PrecededByRole(a) || FollowedByRoleApposition(b));
        }

        /// <summary>
        /// A lone sentence-initial word right before a reporting verb ("Smith said") is a name, unless it is a common
        /// speaker noun ("Officials said") or looks like a plural noun ("Residents said").
        /// </summary>
        private bool IsLoneSpeaker(int a, int b, bool titleCase)
        {
            if (titleCase || b - a != 1 || b >= tokens.Length || tokens[b].Sentence != tokens[a].Sentence || !CueVerbs.All.Contains(Norm(b)))
            {
                return false;
            }

            var norm = Norm(a);
            return !FunctionWords.All.Contains(norm) && !Roles.SpeakerNouns.Contains(norm) && !Roles.IsRoleWord(norm)
                && !evidence.SeenLowerCase(norm) && !(norm.Length > 3 && norm.EndsWith('s'));
        }

        private void StripFunctionWords(ref int a, int b)
        {
            while (a < b && FunctionWords.All.Contains(Norm(a)) && !IsAllCaps(Norm(a)) && GazetteerPrefix(a, b) == 0)
            {
                a++;
            }
        }

        private bool HasRoleHead(int a, int b)
        {
            for (var t = a; t < b; t++)
            {
                if (Roles.IsHead(Norm(t)))
                {
                    return true;
                }
            }

            return false;
        }

        private bool HasOrganizationHead(int a, int b)
        {
            if (EntityHeads.Organization.Contains(Norm(b - 1)) && b - a >= 2)
            {
                return true;
            }

            for (var t = a; t + 1 < b; t++)
            {
                if (Norm(t + 1) == "of" && EntityHeads.Organization.Contains(Norm(t)))
                {
                    return true;
                }
            }

            return false;
        }

        private bool PrecededByRole(int a) => a > 0 && tokens[a - 1].Sentence == tokens[a].Sentence && Roles.IsHead(Norm(a - 1));

        private bool FollowedByRoleApposition(int b)
        {
            if (b + 2 >= tokens.Length || Norm(b) != "," || tokens[b].Sentence != tokens[b - 1].Sentence)
            {
                return false;
            }

            var k = b + 1;
            if (FunctionWords.Determiners.Contains(Norm(k)))
            {
                k++;
            }

            for (var n = 0; n < 4 && k < tokens.Length && tokens[k].Sentence == tokens[b].Sentence; n++, k++)
            {
                var norm = Norm(k);
                if (Roles.IsHead(norm))
                {
                    return true;
                }

                if (!char.IsLetter(norm[0]))
                {
                    return false;
                }
            }

            return false;
        }

        private void Classify(int a, int b, bool personCue)
        {
            if (a >= b)
            {
                return;
            }

            // A leading nationality adjective is its own MISC mention ("Belarusian Grodno region").
            if (b - a >= 2 && Gazetteer.Demonyms.Contains(Norm(a)) && GazetteerPrefix(a, b) == 0
                && !EntityHeads.Location.Contains(Norm(b - 1)) && !EntityHeads.Organization.Contains(Norm(b - 1)))
            {
                Tags.Add(new EntityTag(a, 1, EntityKind.Miscellaneous));
                a++;
            }

            var prefix = GazetteerPrefix(a, b);
            if (prefix > 0 && prefix < b - a)
            {
                AddGazetteer(a, a + prefix);
                Classify(a + prefix, b, personCue);
                return;
            }

            Tags.Add(new EntityTag(a, b - a, KindOf(a, b, personCue)));
        }

        private void AddGazetteer(int a, int b) =>
            Tags.Add(new EntityTag(a, b - a, Gazetteer.Organizations.Contains(Join(a, b)) ? EntityKind.Organization : EntityKind.Location));

        private EntityKind KindOf(int a, int b, bool personCue)
        {
            var name = Join(a, b);
            var count = b - a;
            var lastNorm = Norm(b - 1);
            if (Gazetteer.Organizations.Contains(name))
            {
                return EntityKind.Organization;
            }

            if (Gazetteer.Locations.Contains(name))
            {
                return EntityKind.Location;
            }

            if (count == 1 && Gazetteer.Demonyms.Contains(name))
            {
                return EntityKind.Miscellaneous;
            }

            if (personCue)
            {
                return EntityKind.Person;
            }

            if (EntityHeads.Organization.Contains(lastNorm) && count >= 2)
            {
                return EntityKind.Organization;
            }

            if (EntityHeads.Location.Contains(lastNorm) && count >= 2)
            {
                return EntityKind.Location;
            }

            if (count == 1 && IsAllCaps(name))
            {
                return EntityKind.Organization;
            }

            if (count >= 2 && GivenNames.IsGivenName(Norm(a)))
            {
                return EntityKind.Person;
            }

            if (b < tokens.Length && EntityHeads.FollowingLocation.Contains(Norm(b)) && char.IsLower(Norm(b)[0]))
            {
                return EntityKind.Location;
            }

            if (a >= 2 && Norm(a - 1) == "of" && EntityHeads.PlaceOf.Contains(Norm(a - 2)))
            {
                return EntityKind.Location;
            }

            var afterPlacePreposition = a > 0 && EntityHeads.PlacePrepositions.Contains(Norm(a - 1));
            if (count == 1 && afterPlacePreposition)
            {
                return EntityKind.Location;
            }

            if (count <= 3 && HasSurnameEnding(lastNorm, strong: count == 1))
            {
                return EntityKind.Person;
            }

            if (afterPlacePreposition)
            {
                return EntityKind.Location;
            }

            if (b < tokens.Length && tokens[b].Sentence == tokens[a].Sentence && CueVerbs.All.Contains(Norm(b)) && !string.Equals(Norm(b), "according", StringComparison.OrdinalIgnoreCase))
            {
                return EntityKind.Person;
            }

            // People's names do not take an article ("the Privacy Policy", "a Digital Content Writer").
            var afterDeterminer = a > 0 && tokens[a - 1].Sentence == tokens[a].Sentence && FunctionWords.Determiners.Contains(Norm(a - 1));
            if (count is 2 or 3 && !afterDeterminer && LooksLikePersonName(a, b))
            {
                return EntityKind.Person;
            }

            return EntityKind.Miscellaneous;
        }

        private bool LooksLikePersonName(int a, int b)
        {
            for (var t = a; t < b; t++)
            {
                var norm = Norm(t);
                if (IsAllCaps(norm) || !norm.All(char.IsLetter) || evidence.SeenLowerCase(norm))
                {
                    return false;
                }
            }

            return !Roles.IsRoleWord(Norm(b - 1));
        }

        private static bool HasSurnameEnding(string norm, bool strong)
        {
            if (norm.Length < 5 || IsAllCaps(norm) || Gazetteer.Demonyms.Contains(norm))
            {
                return false;
            }

            foreach (var ending in strong ? EntityHeads.StrongSurnameEndings : EntityHeads.SurnameEndings)
            {
                if (norm.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
