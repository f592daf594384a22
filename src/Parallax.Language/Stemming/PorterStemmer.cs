namespace Parallax.Language.Stemming;

/// <summary>
/// The original Porter (1980) suffix-stripping stemmer, as in Martin Porter's reference C implementation (with its
/// two documented departures from the paper, "bli"→"ble" and "logi"→"log"), which is what ROUGE-1.5.5 applies.
/// Stateless and thread-safe; allocates only the result string, and nothing when the word does not change.
/// </summary>
public static class PorterStemmer
{
    // Longer words are stemmed through a heap buffer; news words are almost always far shorter.
    private const int StackLimit = 64;

    /// <summary>
    /// Stems one lowercase word. Words of one or two letters are returned unchanged; characters other than a–z are
    /// treated as consonants, as in the reference implementation.
    /// </summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        Span<char> buffer = word.Length <= StackLimit ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(buffer);
        var length = new Stemming(buffer).Run();
        var stem = buffer[..length];
        return stem.SequenceEqual(word.AsSpan()) ? word : new string(stem);
    }

    /// <summary>
    /// Stems a token the way ROUGE-1.5.5 does with <c>-m</c>: only tokens longer than three characters are stemmed.
    /// </summary>
    public static string StemAsRouge(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 3 ? Stem(word) : word;
    }

    /// <summary>
    /// The algorithm's working state over one word: <c>k</c> is the index of the last character of the current stem,
    /// <c>j</c> the end of the stem before the suffix last matched by <see cref="Ends"/>.
    /// </summary>
    private ref struct Stemming(Span<char> b)
    {
        private readonly Span<char> b = b;
        private int k = b.Length - 1;
        private int j;

        public int Run()
        {
            Step1ab();
            if (k > 0)
            {
                Step1c();
                Step2();
                Step3();
                Step4();
                Step5();
            }

            return k + 1;
        }

        private readonly bool IsConsonant(int i)
        {
            switch (b[i])
            {
                case 'a':
                case 'e':
                case 'i':
                case 'o':
                case 'u':
                    return false;
                case 'y':
                    return i == 0 || !IsConsonant(i - 1);
                default:
                    return true;
            }
        }

        /// <summary>The measure m of b[0..j]: the number of vowel-consonant sequences.</summary>
        private readonly int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (!IsConsonant(i))
                {
                    break;
                }

                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > j)
                    {
                        return n;
                    }

                    if (IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > j)
                    {
                        return n;
                    }

                    if (!IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
            }
        }

        private readonly bool VowelInStem()
        {
            for (var i = 0; i <= j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly bool DoubleConsonant(int i) => i >= 1 && b[i] == b[i - 1] && IsConsonant(i);

        /// <summary>True when b[i-2..i] is consonant-vowel-consonant and the last is not w, x or y.</summary>
        private readonly bool Cvc(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2))
            {
                return false;
            }

            var c = b[i];
            return c is not ('w' or 'x' or 'y');
        }

        private bool Ends(string suffix)
        {
            var length = suffix.Length;
            if (length > k + 1 || suffix[length - 1] != b[k])
            {
                return false;
            }

            if (!b.Slice(k - length + 1, length).SequenceEqual(suffix.AsSpan()))
            {
                return false;
            }

            j = k - length;
            return true;
        }

        private void SetTo(string replacement)
        {
            replacement.AsSpan().CopyTo(b[(j + 1)..]);
            k = j + replacement.Length;
        }

        private void ReplaceIfMeasured(string replacement)
        {
            if (Measure() > 0)
            {
                SetTo(replacement);
            }
        }

        /// <summary>Plurals and -ed or -ing.</summary>
        private void Step1ab()
        {
            if (b[k] == 's')
            {
                if (Ends("sses"))
                {
                    k -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (b[k - 1] != 's')
                {
                    k--;
                }
            }

            if (Ends("eed"))
            {
                if (Measure() > 0)
                {
                    k--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                k = j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(k))
                {
                    k--;
                    if (b[k] is 'l' or 's' or 'z')
                    {
                        k++;
                    }
                }
                else
                {
                    j = k;
                    if (Measure() == 1 && Cvc(k))
                    {
                        SetTo("e");
                    }
                }
            }
        }

        /// <summary>Terminal y to i when there is another vowel in the stem.</summary>
        private void Step1c()
        {
            if (Ends("y") && VowelInStem())
            {
                b[k] = 'i';
            }
        }

        /// <summary>Double suffixes to single ones, when the stem's measure is positive.</summary>
        private void Step2()
        {
            switch (b[k - 1])
            {
                case 'a':
                    _ = Try("ational", "ate") || Try("tional", "tion");
                    break;
                case 'c':
                    _ = Try("enci", "ence") || Try("anci", "ance");
                    break;
                case 'e':
                    _ = Try("izer", "ize");
                    break;
                case 'l':
                    _ = Try("bli", "ble") || Try("alli", "al") || Try("entli", "ent") || Try("eli", "e") || Try("ousli", "ous");
                    break;
                case 'o':
                    _ = Try("ization", "ize") || Try("ation", "ate") || Try("ator", "ate");
                    break;
                case 's':
                    _ = Try("alism", "al") || Try("iveness", "ive") || Try("fulness", "ful") || Try("ousness", "ous");
                    break;
                case 't':
                    _ = Try("aliti", "al") || Try("iviti", "ive") || Try("biliti", "ble");
                    break;
                case 'g':
                    _ = Try("logi", "log");
                    break;
                default:
                    break;
            }
        }

        /// <summary>-ic-, -full, -ness and the like.</summary>
        private void Step3()
        {
            switch (b[k])
            {
                case 'e':
                    _ = Try("icate", "ic") || Try("ative", "") || Try("alize", "al");
                    break;
                case 'i':
                    _ = Try("iciti", "ic");
                    break;
                case 'l':
                    _ = Try("ical", "ic") || Try("ful", "");
                    break;
                case 's':
                    _ = Try("ness", "");
                    break;
                default:
                    break;
            }
        }

        /// <summary>Strips a final suffix when the remaining stem has measure above one.</summary>
        private void Step4()
        {
            bool matched;
            switch (b[k - 1])
            {
                case 'a':
                    matched = Ends("al");
                    break;
                case 'c':
                    matched = Ends("ance") || Ends("ence");
                    break;
                case 'e':
                    matched = Ends("er");
                    break;
                case 'i':
                    matched = Ends("ic");
                    break;
                case 'l':
                    matched = Ends("able") || Ends("ible");
                    break;
                case 'n':
                    matched = Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent");
                    break;
                case 'o':
                    matched = (Ends("ion") && j >= 0 && b[j] is 's' or 't') || Ends("ou");
                    break;
                case 's':
                    matched = Ends("ism");
                    break;
                case 't':
                    matched = Ends("ate") || Ends("iti");
                    break;
                case 'u':
                    matched = Ends("ous");
                    break;
                case 'v':
                    matched = Ends("ive");
                    break;
                case 'z':
                    matched = Ends("ize");
                    break;
                default:
                    matched = false;
                    break;
            }

            if (matched && Measure() > 1)
            {
                k = j;
            }
        }

        /// <summary>Removes a final -e and reduces -ll, by measure.</summary>
        private void Step5()
        {
            j = k;
            if (b[k] == 'e')
            {
                var m = Measure();
                if (m > 1 || (m == 1 && !Cvc(k - 1)))
                {
                    k--;
                }
            }

            if (b[k] == 'l' && DoubleConsonant(k) && Measure() > 1)
            {
                k--;
            }
        }

        /// <summary>When the word ends with <paramref name="suffix"/>, replaces it if the measure allows; true on a match.</summary>
        private bool Try(string suffix, string replacement)
        {
            if (!Ends(suffix))
            {
                return false;
            }

            ReplaceIfMeasured(replacement);
            return true;
        }
    }
}
