using Microsoft.Playwright;

namespace Generator.Tests.Browser;

/// <summary>
/// A tap as the page receives it: the click a touch produces (a PointerEvent with pointerType "touch"). Playwright's
/// real tap goes through Chrome's gesture recogniser, which on a loaded machine can read it as a long press; the
/// tests are about the page, not the machine.
/// </summary>
public static class TouchTap
{
    public static Task OnAsync(ILocator target) =>
        target.EvaluateAsync("e => e.dispatchEvent(new PointerEvent('click', { pointerType: 'touch', bubbles: true, cancelable: true }))");
}
