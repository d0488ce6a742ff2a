using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenCityAomori.UnitTests.Recipes;

/// <summary>The content the aomori recipe ships: shape, links between items and the seed's case studies.</summary>
public sealed partial class AomoriContentRecipeTests
{
    private static readonly string RecipeDirectory = FindRecipeDirectory();
    private static readonly JsonObject Recipe = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(RecipeDirectory, "recipe.json")))!;
    private static readonly IReadOnlyList<JsonObject> Items = LoadItems();

    // Required fields of each type (the Portal module's declarations) and the allowed values of its Select fields.
    private static readonly Dictionary<string, string[]> RequiredFields = new()
    {
        ["Page"] = ["body"],
        ["News"] = ["date", "body", "category"],
        ["CaseStudy"] = ["partners", "municipality", "scheme", "summary"],
        ["Challenge"] = ["departmentCode", "postedOn", "status", "summary", "background", "desiredOutcome"],
        ["FAQ"] = ["answer"],
        ["CollaborationMethod"] = ["summary"],
    };

    private static readonly Dictionary<(string Type, string Field), string[]> SelectOptions = new()
    {
        [("News", "category")] = ["announcement", "event", "press"],
        [("CaseStudy", "scheme")] = ["partnership", "pilot", "agreement", "other"],
        [("Challenge", "status")] = ["open", "closed"],
        [("FAQ", "category")] = ["proposal", "pilot", "general"],
    };

    private static readonly string[] DateFields = ["date", "startDate", "endDate", "postedOn", "deadline"];

    [Fact]
    public void The_recipe_seeds_content_through_a_content_step_and_no_longer_through_a_pages_step()
    {
        var names = Steps().Select(s => (string)s["name"]!).ToList();

        Assert.Equal(["settings", "businessCalendar", "departments", "content", "forms", "proposals", "partnership", "workflows", "pilots"], names);
    }

    [Fact]
    public void Every_item_has_a_unique_id_of_lower_case_letters_digits_and_hyphens()
    {
        Assert.All(Items, i => Assert.Matches(SlugPattern(), Text(i, "id")));
        Assert.Equal(Items.Count, Items.Select(i => Text(i, "id")).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_item_has_a_known_type_a_culture_a_title_and_is_published()
    {
        Assert.All(Items, i =>
        {
            Assert.Contains(Text(i, "type"), RequiredFields.Keys);
            Assert.Contains(Text(i, "culture"), new[] { "ja", "en" });
            Assert.False(string.IsNullOrWhiteSpace(Text(i, "title")));
            Assert.True((bool)i["published"]!);
            Assert.True(DateTimeOffset.TryParse(Text(i, "publishedUtc"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
        });
    }

    [Fact]
    public void Slugs_are_lower_case_ascii_and_unique_per_type_and_culture()
    {
        Assert.All(Items, i => Assert.Matches(SlugPattern(), Text(i, "slug")));
        var duplicates = Items.GroupBy(i => (Text(i, "type"), Text(i, "culture"), Text(i, "slug"))).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_english_item_translates_a_japanese_item_of_the_same_type_with_the_same_slug()
    {
        var byId = Items.ToDictionary(i => Text(i, "id"));
        foreach (var item in Items)
        {
            var original = item["translationOf"]?.GetValue<string>();
            if (Text(item, "culture") == "ja")
            {
                Assert.Null(original);
                continue;
            }

            Assert.NotNull(original);
            var source = Assert.Contains(original, byId);
            Assert.Equal(Text(source, "type"), Text(item, "type"));
            Assert.Equal("ja", Text(source, "culture"));
            Assert.Equal(Text(source, "slug"), Text(item, "slug"));
        }
    }

    [Fact]
    public void Every_japanese_item_has_exactly_one_english_translation()
    {
        var translated = Items.Where(i => Text(i, "culture") == "en").Select(i => i["translationOf"]!.GetValue<string>()).ToList();

        Assert.Equal(translated.Count, translated.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Items.Where(i => Text(i, "culture") == "ja").Select(i => Text(i, "id")).Order(), translated.Order());
    }

    [Fact]
    public void Every_referenced_file_exists_inside_the_recipe_folder_and_is_not_empty()
    {
        var root = Path.GetFullPath(RecipeDirectory) + Path.DirectorySeparatorChar;
        var files = Items.SelectMany(i => Fields(i).Select(f => f.Value)).OfType<JsonObject>().Select(o => Text(o, "file")).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            var path = Path.GetFullPath(Path.Combine(RecipeDirectory, file));
            Assert.StartsWith(root, path, StringComparison.Ordinal);
            Assert.True(File.Exists(path), $"missing {file}");
            Assert.False(string.IsNullOrWhiteSpace(File.ReadAllText(path)), $"empty {file}");
        });
    }

    [Fact]
    public void Every_item_has_the_required_fields_of_its_type_and_valid_select_and_date_values()
    {
        foreach (var item in Items)
        {
            var type = Text(item, "type");
            var fields = (JsonObject)item["fields"]!;
            foreach (var name in RequiredFields[type])
            {
                Assert.True(HasValue(fields[name]), $"{Text(item, "id")} lacks {name}");
            }

            foreach (var ((_, field), options) in SelectOptions.Where(o => o.Key.Type == type))
            {
                Assert.Contains(fields[field]?.GetValue<string>(), options);
            }

            foreach (var date in DateFields.Where(d => fields[d] is not null))
            {
                Assert.True(DateOnly.TryParseExact(fields[date]!.GetValue<string>(), "yyyy-MM-dd", out _), $"{Text(item, "id")}.{date}");
            }
        }
    }

    [Fact]
    public void Resources_and_benefits_name_a_party_and_category_the_case_study_type_allows()
    {
        var cases = ItemsOf("CaseStudy").Select(i => (JsonObject)i["fields"]!).ToList();
        var contributions = cases.SelectMany(f => f["contributions"]?.AsArray() ?? []).Cast<JsonObject>().ToList();
        var benefits = cases.SelectMany(f => f["benefits"]?.AsArray() ?? []).Cast<JsonObject>().ToList();

        Assert.NotEmpty(contributions);
        Assert.All(contributions, c => Assert.Contains(Text(c, "category"), new[] { "people", "goods", "money", "information" }));
        Assert.All(contributions.Concat(benefits), c =>
        {
            Assert.Contains(Text(c, "party"), new[] { "city", "business" });
            Assert.False(string.IsNullOrWhiteSpace(Text(c, "text")));
        });
    }

    [Fact]
    public void Challenges_name_a_department_of_the_recipe_by_code_and_by_its_name_in_their_culture()
    {
        var departments = Steps().Single(s => (string)s["name"]! == "departments")["items"]!.AsArray().Cast<JsonObject>().ToList();

        Assert.All(ItemsOf("Challenge"), c =>
        {
            var key = Text(c, "culture") == "ja" ? "nameJa" : "nameEn";
            var department = departments.Single(d => Text(d, "code") == c["fields"]!["departmentCode"]!.GetValue<string>());
            Assert.Equal(Text(department, key), c["fields"]!["department"]!.GetValue<string>());
        });
        Assert.Contains(ItemsOf("Challenge"), c => (string)c["fields"]!["departmentCode"]! == "TOSHI-DORO");
        Assert.Contains(ItemsOf("Challenge"), c => (string)c["fields"]!["status"]! == "closed");
        Assert.Contains(ItemsOf("Challenge"), c => (string)c["fields"]!["status"]! == "open");
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void All_twenty_case_studies_of_the_seed_are_there_in_each_culture(string culture)
    {
        var cases = ItemsOf("CaseStudy").Where(i => Text(i, "culture") == culture).ToList();
        var municipalities = cases.Select(c => c["fields"]!["municipality"]!.GetValue<string>()).ToHashSet();

        Assert.Equal(20, cases.Count);
        Assert.Equal(4, cases.Count(c => Text((JsonObject)c["fields"]!, "municipality") is "青森市" or "Aomori City"));
        Assert.Equal(10, municipalities.Count);
    }

    [Theory]
    [InlineData("aomori-banks-corporate-hometown-tax-agreement", "企業版ふるさと納税等に関する連携協定", "agreement")]
    [InlineData("aomori-lightblue-ai-pedestrian-count", "AI映像解析による歩行量調査の実証実験", "pilot")]
    [InlineData("aomori-creema-nebuta-washi-upcycling", "ねぶた和紙のアップサイクルプロジェクト", "partnership")]
    [InlineData("sendai-dr-bridge-ai-bridge-inspection", "AI橋梁診断支援システム「Dr.Bridge」", "pilot")]
    [InlineData("kobe-uber-eats-plus-kobe", "Uber Eats+KOBE", "partnership")]
    [InlineData("hita-lab3680-food-loss-gelato", "美味しい食品ロス削減！果物と雇用を救う「世界一」のジェラート", "partnership")]
    public void A_seed_case_study_has_its_title_and_scheme_and_an_english_translation(string slug, string title, string scheme)
    {
        var ja = Assert.Single(ItemsOf("CaseStudy"), i => Text(i, "slug") == slug && Text(i, "culture") == "ja");
        var en = Assert.Single(ItemsOf("CaseStudy"), i => Text(i, "slug") == slug && Text(i, "culture") == "en");

        Assert.Equal(title, Text(ja, "title"));
        Assert.Equal(scheme, Text((JsonObject)ja["fields"]!, "scheme"));
        Assert.Equal(scheme, Text((JsonObject)en["fields"]!, "scheme"));
        Assert.Equal(Text(ja, "id"), Text(en, "translationOf"));
    }

    [Fact]
    public void The_guide_pages_and_the_eight_collaboration_methods_are_seeded_in_both_cultures()
    {
        Assert.Equal(16, ItemsOf("Page").Count());
        Assert.Contains(ItemsOf("Page"), p => Text(p, "id") == "page-home-ja");
        Assert.Equal(Enumerable.Range(1, 8), ItemsOf("CollaborationMethod").Where(m => Text(m, "culture") == "ja").Select(m => (int)m["fields"]!["order"]!).Order());
        Assert.Equal(8, ItemsOf("CollaborationMethod").Count(m => Text(m, "culture") == "en"));
    }

    [Fact]
    public void Texts_carry_no_kangxi_radicals_or_half_width_katakana_from_the_pdf_extraction()
    {
        var files = Directory.EnumerateFiles(RecipeDirectory, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal));
        var texts = files.Select(File.ReadAllText).ToList();

        Assert.True(texts.Count > 20);

        Assert.All(texts, t => Assert.DoesNotMatch(PdfArtefacts(), t));
    }

    private static IEnumerable<JsonObject> Steps() => Recipe["steps"]!.AsArray().Cast<JsonObject>();

    private static IEnumerable<JsonObject> ItemsOf(string type) => Items.Where(i => Text(i, "type") == type);

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Fields(JsonObject item) => (JsonObject)item["fields"]!;

    private static string Text(JsonObject node, string name) => node[name]?.GetValue<string>() ?? string.Empty;

    private static bool HasValue(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject => true,
        JsonValue value when value.TryGetValue<string>(out var s) => !string.IsNullOrWhiteSpace(s),
        _ => true,
    };

    private static List<JsonObject> LoadItems()
    {
        var step = Steps().Single(s => (string)s["name"]! == "content");
        return step["files"]!.AsArray()
            .Select(f => JsonNode.Parse(File.ReadAllText(Path.Combine(RecipeDirectory, f!.GetValue<string>())))!.AsArray())
            .SelectMany(a => a.Cast<JsonObject>())
            .ToList();
    }

    // The source tree, so that a file deleted from the recipe cannot linger in a stale build output.
    private static string FindRecipeDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Web", "Recipes", "aomori");
            if (File.Exists(Path.Combine(candidate, "recipe.json")))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "Recipes", "aomori");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[\u2E80-\u2FDF\uFF61-\uFF9F]")]
    private static partial Regex PdfArtefacts();
}
