"""A view the meeting shares ("Styrelsen delar oron och ...", "Nämnden ser positivt på ...") gives no task, even
where a decision's label stands over it; the same verbs as tasks ("Per delar ut kallelsen") still give one."""
from protokoll.parse import decisions as dec


def _assignees(text):
    return [a.assignee for a in dec.analyse(text, None).actions]


def test_a_shared_view_is_no_task():
    assert _assignees("Styrelsen delar oron och tar upp frågan med vägföreningen.") == []
    assert _assignees("Nämnden ser positivt på förslaget.") == []
    assert not dec.task_sentence("Styrelsen delar oron och ska bevaka frågan.")
    # the sentence after the view still gives its task (the office's case is the sentence's: either is as written)
    assert [a.lower() for a in _assignees("Styrelsen delar oron. Kassören tar upp frågan med kommunen.")] == ["kassören"]


def test_the_same_verbs_as_tasks():
    assert _assignees("Per delar ut kallelsen.") == ["Per"]
    assert _assignees("Styrelsen ser över försäkringen.") == ["Styrelsen"]
