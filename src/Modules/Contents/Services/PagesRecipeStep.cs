using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Modules.Contents.Data;
using OpenCityAomori.Modules.Contents.Models;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// Recipe step "pages": adds each page (slug + culture) that does not exist yet. Existing pages
/// are left as editors made them, so running the recipe again changes nothing.
/// </summary>
internal sealed class PagesRecipeStep(ContentsDbContext db, PageStore store) : IRecipeStep
{
    public string Name => "pages";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var item in context.Step.GetProperty("items").EnumerateArray())
        {
            var slug = SlugRules.Normalize(item.GetProperty("slug").GetString());
            var culture = Cultures.Normalize(item.GetProperty("culture").GetString());
            if (!SlugRules.IsValid(slug))
            {
                throw new InvalidOperationException($"Recipe page slug '{slug}' is not valid.");
            }

            if (await db.Pages.AnyAsync(p => p.Slug == slug && p.Culture == culture, cancellationToken))
            {
                continue;
            }

            var body = item.TryGetProperty("bodyFile", out var file) ? context.ReadFile(file.GetString()!)
                : item.TryGetProperty("body", out var inline) ? inline.GetString() ?? string.Empty : string.Empty;
            await store.SaveAsync(
                new Page
                {
                    Id = Guid.NewGuid(),
                    Slug = slug,
                    Culture = culture,
                    Title = item.GetProperty("title").GetString()!,
                    Summary = item.TryGetProperty("summary", out var s) ? s.GetString() ?? string.Empty : string.Empty,
                    BodyMarkdown = body,
                    IsPublished = item.TryGetProperty("published", out var p) && p.GetBoolean(),
                    MenuOrder = item.TryGetProperty("menuOrder", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : null,
                },
                cancellationToken);
        }
    }
}
