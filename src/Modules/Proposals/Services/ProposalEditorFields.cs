using Microsoft.AspNetCore.Http;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>The questions editors added to the proposal form, checked by Forms while it is enabled (none otherwise).</summary>
internal sealed class ProposalEditorFields(IModuleCapability<IEditorFormFields> forms)
{
    private static readonly EditorFieldsResult None = new([], []);

    public async Task<EditorFieldsResult> ValidateAsync(IFormCollection posted, CancellationToken cancellationToken) =>
        forms.Value is { } fields ? await fields.ValidateAsync(ProposalFormTemplate.FormName, posted, cancellationToken) : None;

    /// <summary>
    /// The core form's errors and the added questions' errors in the order of the page: the added questions come after
    /// the attachments and before the notes the proposer consents to.
    /// </summary>
    public static List<(string Key, string Message)> InPageOrder(IReadOnlyList<(string Key, string Message)> core, EditorFieldsResult editor)
    {
        static bool IsNotes((string Key, string Message) e) => e.Key is "Input.Consent" or "Input.NoticeVersion";
        return [.. core.Where(e => !IsNotes(e)), .. editor.Errors.Select(e => (e.Key, e.Value)), .. core.Where(IsNotes)];
    }
}
