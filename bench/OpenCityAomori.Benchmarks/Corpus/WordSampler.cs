namespace OpenCityAomori.Benchmarks.Corpus;

/// <summary>Draws words with Zipf-like frequencies (the first words of the list are the most common).</summary>
internal sealed class WordSampler
{
    private readonly string[] _words;
    private readonly double[] _cumulative;

    public WordSampler(IReadOnlyList<string> words, double exponent = 1.0)
    {
        _words = [.. words];
        _cumulative = new double[_words.Length];
        var total = 0.0;
        for (var i = 0; i < _words.Length; i++)
        {
            total += 1.0 / Math.Pow(i + 1, exponent);
            _cumulative[i] = total;
        }

        for (var i = 0; i < _cumulative.Length; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public int Count => _words.Length;

    public string Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _words[Math.Min(index < 0 ? ~index : index, _words.Length - 1)];
    }

    /// <summary>Distinct words, as a document's topic.</summary>
    public string[] Distinct(Random random, int count)
    {
        var picked = new HashSet<string>(StringComparer.Ordinal);
        for (var attempts = 0; picked.Count < count && attempts < count * 20; attempts++)
        {
            picked.Add(Next(random));
        }

        return [.. picked];
    }

    /// <summary>Made-up words that give the corpus a realistic long tail of rare terms.</summary>
    public static string[] Synthetic(Random random, string alphabet, int count, int minLength, int maxLength)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < count)
        {
            var length = random.Next(minLength, maxLength + 1);
            words.Add(string.Create(length, (random, alphabet), static (span, state) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
                }
            }));
        }

        return [.. words];
    }
}
