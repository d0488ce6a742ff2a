using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>
/// Recipe step "pilots": <c>{ "name": "pilots", "files": ["pilots/pilots.json"] }</c>, past pilots without a proposal, each
/// found again by its slug: one that exists is left as staff made it. Completed ones have their checklist done on their
/// end date by "初期データ" and their public pages published.
/// </summary>
internal sealed class PilotsRecipeStep(PilotSupportDbContext db, PilotLifecycle lifecycle, TimeProvider clock) : IRecipeStep
{
    public const string SeedName = "初期データ / seed data";

    public string Name => "pilots";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var file in context.Step.GetProperty("files").EnumerateArray())
        {
            using var document = JsonDocument.Parse(context.ReadFile(file.GetString()!));
            foreach (var item in document.RootElement.EnumerateArray())
            {
                await ImportAsync(item, cancellationToken);
            }
        }
    }

    private async Task ImportAsync(JsonElement item, CancellationToken cancellationToken)
    {
        var slug = Text(item, "slug");
        if (await db.Pilots.AnyAsync(p => p.PublicSlug == slug, cancellationToken))
        {
            return;
        }

        var pilot = new Pilot
        {
            PublicSlug = slug, Title = Text(item, "title"), TitleEn = Text(item, "titleEn"), SummaryJa = Text(item, "summaryJa"), SummaryEn = Text(item, "summaryEn"),
            BusinessesJson = PilotJson.Write(item.GetProperty("businesses").EnumerateArray().Select(b => new AcceptedOrganization(b.GetString()!, null))),
            DepartmentCode = item.TryGetProperty("departmentCode", out var code) ? code.GetString() : null,
            StartDate = Day(item, "startDate"), EndDate = Day(item, "endDate"), Place = Text(item, "place"),
            CityProvides = Flags<CityProvision>(item, "cityProvides"), CityProvidesNote = Text(item, "cityProvidesNote"),
            BusinessDoes = Flags<BusinessRole>(item, "businessDoes"), BusinessDoesNote = Text(item, "businessDoesNote"),
            CostSharing = Text(item, "costSharing"), Status = Enum.Parse<PilotStatus>(Text(item, "status")),
            CreatedUtc = clock.GetUtcNow().UtcDateTime, Checklist = PilotChecklist.Create(),
        };
        if (pilot.Status == PilotStatus.Completed && pilot.EndDate is { } end)
        {
            foreach (var step in pilot.Checklist)
            {
                (step.CompletedUtc, step.CompletedBy) = (JapanTime.StartOfDayUtc(end), SeedName);
            }
        }

        db.Pilots.Add(pilot);
        await db.SaveChangesAsync(cancellationToken);
        if ((await lifecycle.SyncPublicAsync(pilot, null, cancellationToken)) is [var error, ..])
        {
            throw new InvalidOperationException($"Recipe pilot '{slug}': {error}");
        }
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : string.Empty;

    private static DateOnly? Day(JsonElement item, string name) =>
        Text(item, name) is { Length: > 0 } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static T Flags<T>(JsonElement item, string name)
        where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), item.TryGetProperty(name, out var values)
            ? values.EnumerateArray().Aggregate(0, (all, v) => all | Convert.ToInt32(Enum.Parse<T>(v.GetString()!), CultureInfo.InvariantCulture))
            : 0);
}
