using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Validation;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// Recipe step "content": items from <c>files</c> (JSON arrays, relative to the recipe) and inline
/// <c>items</c>. An item whose id exists is left as editors made it, so running the recipe again changes nothing.
/// </summary>
internal sealed partial class ContentRecipeStep(
    ContentsDbContext db, IContentDefinitionStore definitions, ContentItemValidator validator, ContentManager manager, TimeProvider clock) : IRecipeStep
{
    public string Name => "content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var item in Items(context))
        {
            await ImportAsync(context, item, cancellationToken);
        }
    }

    private static IEnumerable<JsonElement> Items(RecipeStepContext context)
    {
        if (context.Step.TryGetProperty("files", out var files))
        {
            foreach (var file in files.EnumerateArray())
            {
                using var document = JsonDocument.Parse(context.ReadFile(file.GetString()!));
                foreach (var item in document.RootElement.EnumerateArray())
                {
                    yield return item.Clone();
                }
            }
        }

        if (context.Step.TryGetProperty("items", out var inline))
        {
            foreach (var item in inline.EnumerateArray())
            {
                yield return item;
            }
        }
    }

    private async Task ImportAsync(RecipeStepContext context, JsonElement item, CancellationToken cancellationToken)
    {
        var id = Required(item, "id");
        if (!IdPattern().IsMatch(id))
        {
            throw new InvalidOperationException($"Recipe content id '{id}' must be made of a-z, 0-9 and hyphens.");
        }

        if (await db.Items.AnyAsync(i => i.ContentItemId == id, cancellationToken))
        {
            return;
        }

        var typeName = Required(item, "type");
        var type = await definitions.GetTypeAsync(typeName, cancellationToken)
            ?? throw new InvalidOperationException($"Recipe content '{id}': type '{typeName}' is not declared by any enabled module.");
        var culture = Cultures.Normalize(Optional(item, "culture"));
        var fields = ReadFields(context, type, item);
        var edit = new ContentEdit(Required(item, "title").Trim(), SlugRules.Normalize(Required(item, "slug")), fields);

        var errors = await validator.ValidateAsync(type, culture, id, edit, checkExistence: false, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Recipe content '{id}' is not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Message}")));
        }

        string? group = null;
        if (Optional(item, "translationOf") is { } original)
        {
            group = await db.Items.Where(i => i.ContentItemId == original).Select(i => i.TranslationGroupId).FirstOrDefaultAsync(cancellationToken) ?? original;
        }

        var published = item.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.True;
        var publishedUtc = Optional(item, "publishedUtc") is { } when
            ? DateTime.Parse(when, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)
            : clock.GetUtcNow().UtcDateTime;
        var publication = published ? new Publication(PublishAction.Publish, FirstPublishedUtc: publishedUtc) : Publication.Draft;
        await manager.CreateAsync(id, type.Name, culture, group, edit, userId: null, publication, cancellationToken);
    }

    private static Dictionary<string, JsonElement> ReadFields(RecipeStepContext context, ContentTypeDefinition type, JsonElement item)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (!item.TryGetProperty("fields", out var values))
        {
            return fields;
        }

        foreach (var property in values.EnumerateObject())
        {
            var field = type.Field(property.Name)
                ?? throw new InvalidOperationException($"Recipe content '{Required(item, "id")}': type {type.Name} has no field '{property.Name}'.");
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("file", out var file))
            {
                value = ContentJson.Element(context.ReadFile(file.GetString()!));
            }

            fields[field.Name] = FieldShapes.Normalize(field, value);
        }

        return fields;
    }

    private static string Required(JsonElement item, string name) =>
        Optional(item, name) ?? throw new InvalidOperationException($"Recipe content item lacks '{name}': {item.GetRawText()[..Math.Min(200, item.GetRawText().Length)]}");

    private static string? Optional(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
