using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using OpenCityAomori.Core.Content;

namespace OpenCityAomori.Benchmarks.Corpus;

/// <summary>
/// A deterministic corpus of published items in Japanese (80%) and English (20%): titles of 10–40
/// characters, bodies of 300–2,000, facet fields like the portal's. Each item has a topic of a few domain
/// words (so common words are in many items and rare ones in few) over a long tail of other words.
/// </summary>
internal sealed class CorpusGenerator
{
    private const string Kanji = "市民地域事業計画施設整備活用推進支援交流産業経済環境保全教育文化観光資源情報技術開発調査研究協議会議制度運営管理改善効果評価設計工事予算財政福祉医療健康安全防災雪道路河川港湾農林水産商工労働企画政策総務都市住宅公園緑化";
    private const string Kana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴザジズゼゾダデドバビブベボパピプペポー";
    private const string Latin = "abcdefghiklmnoprstuvw";

    private static readonly (string Type, double Share)[] TypeShares =
        [("CaseStudy", 0.30), ("Challenge", 0.25), ("News", 0.25), ("FAQ", 0.10), ("CollaborationMethod", 0.05), ("Page", 0.05)];

    private readonly WordSampler _domainJa = new(Vocabulary.JapaneseNouns);
    private readonly WordSampler _domainEn = new(Vocabulary.EnglishNouns);
    private readonly WordSampler _fillerJa;
    private readonly WordSampler _fillerEn;
    private readonly WordSampler _municipalities = new(Vocabulary.Municipalities);
    private readonly WordSampler _departments = new(Vocabulary.Departments, 0.7);
    private readonly WordSampler _tags = new(Vocabulary.Tags, 0.8);

    public CorpusGenerator(int seed = 20260301)
    {
        Seed = seed;
        var random = new Random(seed);
        _fillerJa = new WordSampler([.. WordSampler.Synthetic(random, Kanji, 2500, 2, 3), .. WordSampler.Synthetic(random, Kana, 800, 3, 6)], 0.9);
        _fillerEn = new WordSampler(WordSampler.Synthetic(random, Latin, 3000, 4, 9), 0.9);
    }

    public int Seed { get; }

    public IEnumerable<ContentIndexEntry> Generate(int count)
    {
        var random = new Random(Seed + 1);
        for (var i = 0; i < count; i++)
        {
            var item = NextItem(random, i);
            yield return new ContentIndexEntry(item.ContentItemId, item, item);
        }
    }

    private ContentItemView NextItem(Random random, int index)
    {
        var type = PickType(random.NextDouble());
        var definition = BenchTypes.All[type];
        var english = random.NextDouble() < 0.2;
        var topic = english ? _domainEn.Distinct(random, 8) : _domainJa.Distinct(random, 8);
        var published = new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 11 * 365));
        var fields = new Dictionary<string, object>();
        var title = english ? EnglishTitle(random, topic) : JapaneseTitle(random, topic);
        var body = Paragraphs(random, topic, english, random.Next(300, 2001));
        if (definition.SummaryField is { } summary)
        {
            fields[summary] = Sentence(random, topic, english);
        }

        AddFacets(random, type, published, fields);
        var id = $"bench-{index:D6}";
        return new ContentItemView
        {
            ContentItemId = id,
            VersionId = index + 1,
            VersionNumber = 1,
            ContentType = type,
            Culture = english ? "en" : "ja",
            Slug = id,
            Title = title,
            TranslationGroupId = id,
            Status = ContentStatus.Published,
            PublishedUtc = published,
            CreatedUtc = published,
            ModifiedUtc = published,
            Fields = fields.ToDictionary(f => f.Key, f => JsonSerializer.SerializeToElement(f.Value)),
            Html = new Dictionary<string, string> { [definition.BodyField!] = body },
        };
    }

    private void AddFacets(Random random, string type, DateTime published, Dictionary<string, object> fields)
    {
        var date = DateOnly.FromDateTime(published).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        switch (type)
        {
            case "CaseStudy":
                fields["municipality"] = _municipalities.Next(random);
                fields["scheme"] = Pick(random, "partnership", "partnership", "pilot", "pilot", "agreement", "other");
                fields["startDate"] = date;
                fields["tags"] = _tags.Distinct(random, random.Next(1, 4));
                fields["partners"] = new[] { "株式会社" + _fillerJa.Next(random) };
                break;
            case "Challenge":
                fields["department"] = _departments.Next(random);
                fields["postedOn"] = date;
                fields["status"] = Pick(random, "open", "closed", "closed");
                fields["tags"] = _tags.Distinct(random, random.Next(1, 3));
                break;
            case "News":
                fields["date"] = date;
                fields["category"] = Pick(random, "announcement", "announcement", "event", "press");
                fields["tags"] = _tags.Distinct(random, random.Next(0, 3));
                break;
            case "FAQ":
                fields["category"] = Pick(random, "proposal", "pilot", "general");
                break;
            default:
                break;
        }
    }

    private string JapaneseTitle(Random random, string[] topic)
    {
        var title = new StringBuilder();
        title.Append(topic[0]).Append(Pick(random, Vocabulary.JapaneseLinks)).Append(topic[1 % topic.Length]);
        while (title.Length < 10 || (title.Length < 24 && random.NextDouble() < 0.5))
        {
            title.Append(Pick(random, Vocabulary.JapaneseLinks)).Append(random.NextDouble() < 0.5 ? Pick(random, topic) : _fillerJa.Next(random));
        }

        return title.Length > 40 ? title.ToString(0, 40) : title.ToString();
    }

    private string EnglishTitle(Random random, string[] topic)
    {
        var words = new List<string> { Capitalise(topic[0]), topic[1 % topic.Length] };
        while (string.Join(' ', words).Length < 10 || (words.Count < 6 && random.NextDouble() < 0.5))
        {
            words.Add(random.NextDouble() < 0.5 ? Pick(random, topic) : _fillerEn.Next(random));
        }

        var title = string.Join(' ', words);
        return title.Length > 40 ? title[..40].TrimEnd() : title;
    }

    private string Paragraphs(Random random, string[] topic, bool english, int length)
    {
        var html = new StringBuilder("<p>");
        var written = 0;
        var inParagraph = 0;
        while (written < length)
        {
            var sentence = Sentence(random, topic, english);
            html.Append(WebUtility.HtmlEncode(sentence));
            written += sentence.Length;
            if (++inParagraph >= random.Next(3, 6) && written < length)
            {
                html.Append("</p>\n<p>");
                inParagraph = 0;
            }
        }

        return html.Append("</p>").ToString();
    }

    private string Sentence(Random random, string[] topic, bool english)
    {
        if (english)
        {
            return $"The {Noun(random, topic, true)} {Noun(random, topic, true)} {Pick(random, Vocabulary.EnglishVerbs)} the {Noun(random, topic, true)} with {Noun(random, topic, true)} {Noun(random, topic, true)}. ";
        }

        return Pick(random, Vocabulary.JapaneseOpeners) + Noun(random, topic, false) + Pick(random, Vocabulary.JapaneseLinks)
            + Noun(random, topic, false) + Pick(random, Vocabulary.JapaneseVerbs) + "。";
    }

    private string Noun(Random random, string[] topic, bool english) =>
        random.NextDouble() < 0.55 ? Pick(random, topic) : (english ? _fillerEn : _fillerJa).Next(random);

    private static string PickType(double roll)
    {
        foreach (var (type, share) in TypeShares)
        {
            if ((roll -= share) < 0)
            {
                return type;
            }
        }

        return "Page";
    }

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
