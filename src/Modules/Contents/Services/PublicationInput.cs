using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Contents.Models;
using OpenCityAomori.Modules.Contents.Validation;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>The editor's publication buttons and times (Japan time) as a <see cref="Publication"/>, with errors keyed by input.</summary>
internal static class PublicationInput
{
    public static Publication Read(string submit, string publishAtText, string expireAtText, DateTime now, List<FieldError> errors)
    {
        if (!JapanTime.TryParseToUtc(publishAtText, out var publishAt))
        {
            errors.Add(new("PublishAt", T("公開日時は 2025-04-01 09:00 のように入力してください。", "Enter the publication time like 2025-04-01 09:00.")));
        }

        if (!JapanTime.TryParseToUtc(expireAtText, out var expireAt))
        {
            errors.Add(new("ExpireAt", T("公開終了日時は 2025-04-01 09:00 のように入力してください。", "Enter the expiry time like 2025-04-01 09:00.")));
        }

        if (submit == "schedule" && publishAt is null && errors.All(e => e.Key != "PublishAt"))
        {
            errors.Add(new("PublishAt", T("予約するには公開日時を入力してください。", "Enter the publication time to schedule.")));
        }
        else if (submit == "schedule" && publishAt <= now)
        {
            errors.Add(new("PublishAt", T("公開日時は現在より後にしてください。", "The publication time must be in the future.")));
        }

        if (expireAt is { } expiry && (expiry <= now || (submit == "schedule" && expiry <= publishAt)))
        {
            errors.Add(new("ExpireAt", T("公開終了日時は現在と公開日時より後にしてください。", "The expiry time must be after now and after the publication time.")));
        }

        return submit switch
        {
            "publish" => new Publication(PublishAction.Publish, ExpireAtUtc: expireAt),
            "schedule" => new Publication(PublishAction.Schedule, publishAt, expireAt),
            _ => Publication.Draft,
        };
    }
}
