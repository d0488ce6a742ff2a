using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>
/// Keeps a pilot's public pages (ja "pilot-{id}", en "pilot-{id}-en", one translation group) in step with it through
/// Core <see cref="IContentDrafts"/>: published while it runs, awaits its report or is completed; withdrawn while in
/// preparation or cancelled. Only public facts go there: no contact, no notes, no budget, no checklist.
/// </summary>
internal sealed class PilotPublicPages(IModuleCapability<IContentDrafts> contents, IUserDirectory directory)
{
    /// <summary>The Japanese page's state (its English translation follows it), or null before it was first published.</summary>
    public async Task<ContentDraftStatus?> StatusAsync(long pilotId, CancellationToken cancellationToken) =>
        contents.Value is { } drafts ? await drafts.StatusAsync(PilotRoutes.ContentId(pilotId), cancellationToken) : null;

    /// <summary>Brings the pages in step and updates <see cref="Pilot.PublicHash"/> (the caller saves the pilot); an error message, or null.</summary>
    public async Task<string?> SyncAsync(Pilot pilot, string? userId, CancellationToken cancellationToken)
    {
        if (contents.Value is not { } drafts)
        {
            return null;
        }

        var (ja, en) = (PilotRoutes.ContentId(pilot.Id), PilotRoutes.ContentId(pilot.Id, english: true));
        if (!PilotText.PublicStatuses.Contains(pilot.Status))
        {
            if (pilot.PublicHash is not null)
            {
                await drafts.UnpublishAsync(ja, cancellationToken);
                await drafts.UnpublishAsync(en, cancellationToken);
                pilot.PublicHash = null;
            }

            return null;
        }

        var departments = await directory.DepartmentsAsync(cancellationToken);
        var department = departments.FirstOrDefault(d => d.Code == pilot.DepartmentCode)?.Name;
        var pages = new[] { Draft(pilot, ja, Cultures.Japanese, department), Draft(pilot, en, Cultures.English, department) };
        var hash = Hash(pages);
        if (hash == pilot.PublicHash)
        {
            return null;
        }

        foreach (var page in pages)
        {
            var saved = await drafts.SaveDraftAsync(page, userId, cancellationToken);
            var result = saved.Succeeded ? await drafts.PublishAsync(page.ContentItemId, cancellationToken) : saved;
            if (!result.Succeeded)
            {
                return Cultures.T("公開ページを更新できませんでした：", "The public page could not be updated: ") + string.Join(" ", result.Errors.Values);
            }
        }

        pilot.PublicHash = hash;
        return null;
    }

    public static ContentDraft Draft(Pilot pilot, string contentItemId, string culture, LocalizedText? department)
    {
        var english = culture == Cultures.English;
        string L(LocalizedText text) => english ? text.En : text.Ja;
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["partners"] = Json(PilotJson.Read(pilot.BusinessesJson).Select(b => b.Name)),
            ["status"] = Json(PilotText.PublicValue(pilot.Status)),
            ["summary"] = Json(english && pilot.SummaryEn.Trim().Length > 0 ? pilot.SummaryEn.Trim() : pilot.SummaryJa.Trim()),
            ["cityProvides"] = Json(PilotText.Labels(pilot.CityProvides).Select(L)),
            ["businessRole"] = Json(PilotText.Labels(pilot.BusinessDoes).Select(L)),
        };
        if (pilot.StartDate is { } start)
        {
            fields["startDate"] = Json(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            fields["year"] = Json(start.Year.ToString(CultureInfo.InvariantCulture));
        }

        if (pilot.EndDate is { } end)
        {
            fields["endDate"] = Json(end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (pilot.Place.Trim().Length > 0)
        {
            fields["place"] = Json(pilot.Place.Trim());
        }

        if (department is not null)
        {
            fields["department"] = Json(L(department));
        }

        var title = english && pilot.TitleEn.Trim().Length > 0 ? pilot.TitleEn.Trim() : pilot.Title;
        return new ContentDraft(contentItemId, PilotContentType.Name, culture, title, pilot.Slug, fields, PilotRoutes.ContentId(pilot.Id));
    }

    private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);

    private static string Hash(IEnumerable<ContentDraft> pages)
    {
        var text = JsonSerializer.Serialize(pages.Select(p => new { p.ContentItemId, p.Title, p.Slug, p.Fields }));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
