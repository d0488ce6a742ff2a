using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Controllers;

/// <summary>
/// The desk registers a proposal received in person, by phone or by mail: the same form and rules as
/// online (an individual is refused, consent to the current notes is confirmed), the channel recorded,
/// and the proposer gets the same receipt e-mail with the private tracking link. A 事前相談 the desk turns
/// into a proposal pre-fills the form and links to the proposal made of it.
/// </summary>
[Route("admin/proposals/new")]
[AuthorizePermission(Permissions.Names.ManageProposals)]
internal sealed class StaffProposalsController(
    ProposalFormOptionsProvider formOptions,
    ProposalStore store,
    ProposalEventPublisher events,
    ProposalEditorFields editorFields,
    ProposalsDbContext db,
    IModuleCapability<IFormSubmissions> contacts) : Controller
{

    public static readonly IReadOnlyList<(ProposalChannel Channel, LocalizedText Label)> Channels =
        [.. new[] { ProposalChannel.InPerson, ProposalChannel.Phone, ProposalChannel.Mail }.Select(c => (c, new LocalizedText(StageText.Channel(c, false), StageText.Channel(c, true))))];

    /// <summary>The empty form, or pre-filled from a 事前相談 or a CONTACT submission (C-…) the desk turns into a proposal.</summary>
    [HttpGet("")]
    public async Task<IActionResult> New(long? consultation, string? contact, CancellationToken cancellationToken)
    {
        var input = new ProposalInput { Kind = "free" };
        string? language = null;
        if (!string.IsNullOrWhiteSpace(contact) && contacts.Value is { } forms)
        {
            var receipt = JapaneseInput.FoldWidth(contact).Trim().ToUpperInvariant();
            if (await forms.FindByReceiptAsync(receipt, "提案として登録するための事前入力 / pre-filling a proposal", cancellationToken) is { } found)
            {
                var v = found.Values;
                string Value(string name) => v.TryGetValue(name, out var x) ? x : string.Empty;
                input.Organizations.Add(new OrganizationInput { Name = Value("organization") });
                (input.ContactName, input.ContactEmail, input.ContactPhone) = (Value("name"), Value("email"), Value("phone"));
                (input.Title, input.Summary) = (Value("subject"), Value("message"));
                language = found.Culture;
                ViewData["ContactReceipt"] = found.ReceiptNumber;
            }
            else
            {
                ModelState.AddModelError("contact", Cultures.T("この受付番号のお問い合わせは見つかりません。", "No inquiry has this receipt number."));
            }

            ViewData["Contact"] = receipt;
        }

        if (consultation is { } id)
        {
            var source = await db.Consultations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.ProposalId == null, cancellationToken);
            if (source is null)
            {
                return NotFound();
            }

            input.Organizations.Add(new OrganizationInput { Name = source.Organization });
            (input.ContactName, input.ContactEmail, input.ContactPhone) = (source.ContactName, source.ContactEmail, source.ContactPhone);
            (input.Title, input.Summary) = (source.Topic, source.Question);
            language = source.Culture;
            ViewData["Consultation"] = source;
        }

        input.PadRows();
        return await FormAsync(input, null, language, cancellationToken);
    }

    [HttpPost("")]
    [RequestSizeLimit(ProposalValidator.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ProposalValidator.MaxRequestBytes, MemoryBufferThreshold = ProposalValidator.FormMemoryBytes)]
    public async Task<IActionResult> Create([FromForm(Name = "Input")] ProposalInput input, string? channel, string? language, long? consultation, CancellationToken cancellationToken)
    {
        var source = consultation is { } consultationId
            ? await db.Consultations.FirstOrDefaultAsync(c => c.Id == consultationId && c.ProposalId == null, cancellationToken)
            : null;
        ViewData["Consultation"] = source;
        ModelState.Clear();
        var ui = Cultures.Current == Cultures.English;
        var options = await formOptions.GetAsync(ui, cancellationToken);
        var attachments = await AttachmentReader.ReadAsync(Request.Form.Files, "Attachments", ProposalInput.AttachmentRows, ProposalValidator.MaxAttachmentBytes, cancellationToken);
        var (valid, errors) = ProposalValidator.Validate(input, attachments, options, ui);
        var chosen = Channels.Where(c => c.Channel.ToString() == channel).Select(c => (ProposalChannel?)c.Channel).FirstOrDefault();
        var editor = await editorFields.ValidateAsync(Request.Form, cancellationToken);
        var all = ProposalEditorFields.InPageOrder(errors, editor);
        if (chosen is null)
        {
            all.Insert(0, ("channel", Cultures.T("受付の方法を選んでください。", "Choose how the proposal was received.")));
        }

        if (valid is null || chosen is null || !editor.IsValid)
        {
            foreach (var (key, message) in all)
            {
                ModelState.AddModelError(key, message);
            }

            ViewData["ErrorOrder"] = all.Select(e => e.Key).ToList();
            input.PadRows();
            return await FormAsync(input, channel, language, cancellationToken, editor.Values);
        }

        valid = valid with { EditorAnswers = editor.Answers };
        var origin = ProposalRoutes.OriginOf(Request);
        var culture = language == Cultures.English ? Cultures.English : Cultures.Japanese;
        var (proposal, _) = await store.SubmitAsync(valid, culture, origin, cancellationToken, chosen.Value);
        if (source is not null)
        {
            (source.ProposalId, source.Status) = (proposal.Id, ConsultationStatus.Proposed);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        await events.PublishForAsync(proposal.Id, CancellationToken.None);
        TempData["Message"] = Cultures.T(
            $"{proposal.ReceiptNumber} として登録しました。提案者に受付のメール（専用ページのリンク付き）を送ります。",
            $"Registered as {proposal.ReceiptNumber}. The proposer gets the receipt e-mail with the private link.");
        return Redirect(ProposalRoutes.AdminUrl(proposal.Id));
    }

    private async Task<IActionResult> FormAsync(
        ProposalInput input, string? channel, string? language, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? editorValues = null)
    {
        var ui = Cultures.Current == Cultures.English;
        var options = await formOptions.GetAsync(ui, cancellationToken);
        ViewData["Title"] = Cultures.T("窓口・電話・郵送で受けた提案の登録", "Register a proposal received in person, by phone or by mail");
        ViewData["Channel"] = channel;
        ViewData["Language"] = language;
        ViewData["CanReadContacts"] = contacts.Value is not null;
        return View("New", new ProposeFormPage(input, options, ui, StaffEntry: true, EditorValues: editorValues));
    }
}
