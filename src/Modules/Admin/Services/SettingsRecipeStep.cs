using System.Text.Json;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.Modules.Admin.Data;
using OpenCityAomori.Modules.Admin.Models;

namespace OpenCityAomori.Modules.Admin.Services;

/// <summary>Recipe step "settings": sets the site settings once; settings an administrator saved are kept.</summary>
internal sealed class SettingsRecipeStep(AdminDbContext db, ISiteSettingsService settings) : IRecipeStep
{
    public string Name => "settings";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (await db.SiteSettings.FindAsync([SiteSettingsRecord.SingletonId], cancellationToken) is not null)
        {
            return;
        }

        var s = context.Step;
        string Get(string name) => s.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;
        await settings.SaveAsync(
            new SiteSettings(
                new LocalizedText(Get("siteNameJa"), Get("siteNameEn")),
                new LocalizedText(Get("deskNameJa"), Get("deskNameEn")),
                new LocalizedText(Get("organizationJa"), Get("organizationEn")),
                Get("postalCode"),
                new LocalizedText(Get("addressJa"), Get("addressEn")),
                Get("phone"),
                Get("email"),
                Cultures.Normalize(Get("defaultCulture"))),
            cancellationToken);
    }
}
