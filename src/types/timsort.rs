//! CPython's list sort (timsort with powersort's merge order), written from the published
//! description in CPython's Objects/listsort.txt. A program sees the algorithm whenever
//! `__lt__` prints or raises, so this makes the same `<` calls, in the same order, as
//! CPython 3.11: the run detection, binary insertion into short runs, the merge order, and
//! the galloping mode with its adaptive threshold. When a comparison raises, the slice is
//! left a permutation of its items, as CPython leaves the list.

use crate::runtime::PyResult;

/// Runs shorter than this are extended by binary insertion; galloping starts after this
/// many consecutive wins of one run.
const MIN_GALLOP: usize = 7;

/// A placeholder that fills a slot whose item has moved out; dropping it does nothing.
pub trait Hole {
    fn hole() -> Self;
}

/// A pending run: where it starts, its length, and its powersort power (the depth of the
/// node between it and the run after it in the nearly-balanced merge tree).
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct Merger<'a, T, F> {
    v: &'a mut [T],
    lt: F,
    min_gallop: usize,
    pending: Vec<Run>,
}

/// Sorts `v` stably by `lt`, exactly as CPython's `list.sort` compares.
pub fn timsort<T: Hole, F: FnMut(&T, &T) -> PyResult<bool>>(v: &mut [T], lt: F) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut m = Merger {
        v,
        lt,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    while lo < n {
        let (mut run, descending) = m.count_run(lo, n)?;
        if descending {
            m.v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = (n - lo).min(minrun);
            m.binary_insertion(lo, lo + force, lo + run)?;
            run = force;
        }
        m.found_new_run(lo, run, n)?;
        m.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
    }
    m.force_collapse()
}

/// The minimum run length: `n` itself below 64, otherwise a value in 32..=64 that makes
/// `n / minrun` a power of two or a little less.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The powersort power of the boundary between the run `s1..s1+n1` and the `n2` items
/// after it, in a list of `n`: the first bit where the two runs' midpoints, as fractions
/// of `n`, differ.
fn power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

fn take<T: Hole>(slot: &mut T) -> T {
    std::mem::replace(slot, T::hole())
}

/// Where `key` goes in the sorted `a`: the leftmost position (all items before it are
/// `< key`), found by galloping from `hint`.
fn gallop_left<T, F: FnMut(&T, &T) -> PyResult<bool>>(
    lt: &mut F,
    key: &T,
    a: &[T],
    hint: usize,
) -> PyResult<usize> {
    let n = a.len();
    let mut lastofs = 0;
    let mut ofs = 1;
    let (mut lo, mut hi);
    if lt(&a[hint], key)? {
        // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(&a[hint + ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = lastofs + hint;
        hi = ofs + hint;
    } else {
        // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(&a[hint - ofs], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        // hint - ofs may stand for "before the start"; it wraps and the + 1 below undoes it.
        lo = (hint + 1).wrapping_sub(ofs).wrapping_sub(1);
        hi = hint - lastofs;
    }
    // a[lo] < key <= a[hi]: binary search strictly between them.
    lo = lo.wrapping_add(1);
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(&a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// Where `key` goes in the sorted `a`: the rightmost position (all items before it are
/// `<= key`), found by galloping from `hint`.
fn gallop_right<T, F: FnMut(&T, &T) -> PyResult<bool>>(
    lt: &mut F,
    key: &T,
    a: &[T],
    hint: usize,
) -> PyResult<usize> {
    let n = a.len();
    let mut lastofs = 0;
    let mut ofs = 1;
    let (mut lo, mut hi);
    if lt(key, &a[hint])? {
        // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, &a[hint - ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = (hint + 1).wrapping_sub(ofs).wrapping_sub(1);
        hi = hint - lastofs;
    } else {
        // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, &a[hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = lastofs + hint;
        hi = ofs + hint;
    }
    lo = lo.wrapping_add(1);
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(key, &a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

/// How a merge loop ended.
enum Exit {
    /// One run is used up; what is left of the other (if in the temporary) is copied back.
    Done,
    /// Only the last item of run A (merge_lo) or the first of run B (merge_hi) is left.
    LastOfOther,
}

/// The positions of a forward merge: run A sits in `tmp[pa..pa+na]`, run B in
/// `v[pb..pb+nb]`, and the output grows at `v[dest]`.
struct Lo {
    pa: usize,
    na: usize,
    pb: usize,
    nb: usize,
    dest: usize,
}

/// The positions of a backward merge: run A ends at `v[pa]` (inclusive; `pa + 1` items
/// when `na` says so), run B ends at `tmp[pb]`, and the output grows down from `v[dest]`.
/// Indices are offset by one (`x` means position `x - 1`) so that "one before the start"
/// stays unsigned.
struct Hi {
    pa: usize,
    na: usize,
    pb: usize,
    nb: usize,
    dest: usize,
}

impl<T: Hole, F: FnMut(&T, &T) -> PyResult<bool>> Merger<'_, T, F> {
    /// The length of the run starting at `lo`, and whether it is strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let v = &*self.v;
        let lt = &mut self.lt;
        let mut n = 2;
        if lt(&v[lo + 1], &v[lo])? {
            let mut i = lo + 2;
            while i < hi && lt(&v[i], &v[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            let mut i = lo + 2;
            while i < hi && !lt(&v[i], &v[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Binary insertion sort of `v[lo..hi]`, whose first `start - lo` items are sorted.
    fn binary_insertion(&mut self, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if (self.lt)(&self.v[start], &self.v[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.v[l..=start].rotate_right(1);
            start += 1;
        }
        Ok(())
    }

    /// Powersort's rule: before pushing the run at `base` of length `len`, merge the
    /// pending runs whose boundary is deeper in the merge tree than the new boundary.
    fn found_new_run(&mut self, base: usize, len: usize, n: usize) -> PyResult<()> {
        let Some(top) = self.pending.last() else {
            return Ok(());
        };
        let p = power(top.base, top.len, len, n);
        debug_assert_eq!(top.base + top.len, base);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > p {
            self.merge_at(self.pending.len() - 2)?;
        }
        let last = self.pending.len() - 1;
        self.pending[last].power = p;
        Ok(())
    }

    fn force_collapse(&mut self) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let a = self.pending[i];
        let b = self.pending[i + 1];
        self.pending[i].len = a.len + b.len;
        self.pending.remove(i + 1);
        // Items of A already in place (<= B's first) and of B (>= A's last) need no merge.
        let k = gallop_right(
            &mut self.lt,
            &self.v[b.base],
            &self.v[a.base..a.base + a.len],
            0,
        )?;
        let (base_a, na) = (a.base + k, a.len - k);
        if na == 0 {
            return Ok(());
        }
        let nb = gallop_left(
            &mut self.lt,
            &self.v[base_a + na - 1],
            &self.v[b.base..b.base + b.len],
            b.len - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(base_a, na, b.base, nb)
        } else {
            self.merge_hi(base_a, na, b.base, nb)
        }
    }

    /// Merges A (copied to a temporary) and B left to right; `na <= nb`.
    fn merge_lo(&mut self, base_a: usize, na: usize, base_b: usize, nb: usize) -> PyResult<()> {
        let mut tmp: Vec<T> = self.v[base_a..base_a + na].iter_mut().map(take).collect();
        let mut s = Lo {
            pa: 0,
            na,
            pb: base_b,
            nb,
            dest: base_a,
        };
        let result = self.merge_lo_loop(&mut tmp, &mut s);
        let v = &mut *self.v;
        match result {
            Ok(Exit::LastOfOther) => {
                for i in 0..s.nb {
                    v[s.dest + i] = take(&mut v[s.pb + i]);
                }
                v[s.dest + s.nb] = take(&mut tmp[s.pa]);
                Ok(())
            }
            Ok(Exit::Done) | Err(_) => {
                for i in 0..s.na {
                    v[s.dest + i] = take(&mut tmp[s.pa + i]);
                }
                result.map(|_| ())
            }
        }
    }

    fn merge_lo_loop(&mut self, tmp: &mut [T], s: &mut Lo) -> PyResult<Exit> {
        let v = &mut *self.v;
        let lt = &mut self.lt;
        let mut min_gallop = self.min_gallop;
        v[s.dest] = take(&mut v[s.pb]);
        s.dest += 1;
        s.pb += 1;
        s.nb -= 1;
        if s.nb == 0 {
            return Ok(Exit::Done);
        }
        if s.na == 1 {
            return Ok(Exit::LastOfOther);
        }
        loop {
            let (mut acount, mut bcount) = (0, 0);
            // One item at a time until one run wins min_gallop times in a row.
            loop {
                if lt(&v[s.pb], &tmp[s.pa])? {
                    v[s.dest] = take(&mut v[s.pb]);
                    s.dest += 1;
                    s.pb += 1;
                    s.nb -= 1;
                    bcount += 1;
                    acount = 0;
                    if s.nb == 0 {
                        return Ok(Exit::Done);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    v[s.dest] = take(&mut tmp[s.pa]);
                    s.dest += 1;
                    s.pa += 1;
                    s.na -= 1;
                    acount += 1;
                    bcount = 0;
                    if s.na == 1 {
                        return Ok(Exit::LastOfOther);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            // Galloping: find whole stretches at once while it pays off.
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let k = gallop_right(lt, &v[s.pb], &tmp[s.pa..s.pa + s.na], 0)?;
                acount = k;
                if k > 0 {
                    for i in 0..k {
                        v[s.dest + i] = take(&mut tmp[s.pa + i]);
                    }
                    s.dest += k;
                    s.pa += k;
                    s.na -= k;
                    if s.na == 1 {
                        return Ok(Exit::LastOfOther);
                    }
                    // Only an inconsistent `<` can empty A here.
                    if s.na == 0 {
                        return Ok(Exit::Done);
                    }
                }
                v[s.dest] = take(&mut v[s.pb]);
                s.dest += 1;
                s.pb += 1;
                s.nb -= 1;
                if s.nb == 0 {
                    return Ok(Exit::Done);
                }
                let k = gallop_left(lt, &tmp[s.pa], &v[s.pb..s.pb + s.nb], 0)?;
                bcount = k;
                if k > 0 {
                    for i in 0..k {
                        v[s.dest + i] = take(&mut v[s.pb + i]);
                    }
                    s.dest += k;
                    s.pb += k;
                    s.nb -= k;
                    if s.nb == 0 {
                        return Ok(Exit::Done);
                    }
                }
                v[s.dest] = take(&mut tmp[s.pa]);
                s.dest += 1;
                s.pa += 1;
                s.na -= 1;
                if s.na == 1 {
                    return Ok(Exit::LastOfOther);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            // Leaving galloping mode costs: make re-entering it harder.
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merges A and B (copied to a temporary) right to left; `na >= nb`.
    fn merge_hi(&mut self, base_a: usize, na: usize, base_b: usize, nb: usize) -> PyResult<()> {
        let mut tmp: Vec<T> = self.v[base_b..base_b + nb].iter_mut().map(take).collect();
        let mut s = Hi {
            pa: base_a + na,
            na,
            pb: nb,
            nb,
            dest: base_b + nb,
        };
        let result = self.merge_hi_loop(&mut tmp, &mut s);
        let v = &mut *self.v;
        match result {
            Ok(Exit::LastOfOther) => {
                // What is left of A moves up by one; B's first item goes before it.
                for i in (0..s.na).rev() {
                    v[s.dest - s.na + i] = take(&mut v[s.pa - s.na + i]);
                }
                v[s.dest - s.na - 1] = take(&mut tmp[s.pb - 1]);
                Ok(())
            }
            Ok(Exit::Done) | Err(_) => {
                for i in 0..s.nb {
                    v[s.dest - s.nb + i] = take(&mut tmp[i]);
                }
                result.map(|_| ())
            }
        }
    }

    fn merge_hi_loop(&mut self, tmp: &mut [T], s: &mut Hi) -> PyResult<Exit> {
        let v = &mut *self.v;
        let lt = &mut self.lt;
        let mut min_gallop = self.min_gallop;
        // `x - 1` is the position an offset index `x` stands for.
        v[s.dest - 1] = take(&mut v[s.pa - 1]);
        s.dest -= 1;
        s.pa -= 1;
        s.na -= 1;
        if s.na == 0 {
            return Ok(Exit::Done);
        }
        if s.nb == 1 {
            return Ok(Exit::LastOfOther);
        }
        let base_a = s.pa - s.na;
        loop {
            let (mut acount, mut bcount) = (0, 0);
            loop {
                if lt(&tmp[s.pb - 1], &v[s.pa - 1])? {
                    v[s.dest - 1] = take(&mut v[s.pa - 1]);
                    s.dest -= 1;
                    s.pa -= 1;
                    s.na -= 1;
                    acount += 1;
                    bcount = 0;
                    if s.na == 0 {
                        return Ok(Exit::Done);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    v[s.dest - 1] = take(&mut tmp[s.pb - 1]);
                    s.dest -= 1;
                    s.pb -= 1;
                    s.nb -= 1;
                    bcount += 1;
                    acount = 0;
                    if s.nb == 1 {
                        return Ok(Exit::LastOfOther);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let k = gallop_right(lt, &tmp[s.pb - 1], &v[base_a..base_a + s.na], s.na - 1)?;
                let k = s.na - k;
                acount = k;
                if k > 0 {
                    for i in 0..k {
                        v[s.dest - 1 - i] = take(&mut v[s.pa - 1 - i]);
                    }
                    s.dest -= k;
                    s.pa -= k;
                    s.na -= k;
                    if s.na == 0 {
                        return Ok(Exit::Done);
                    }
                }
                v[s.dest - 1] = take(&mut tmp[s.pb - 1]);
                s.dest -= 1;
                s.pb -= 1;
                s.nb -= 1;
                if s.nb == 1 {
                    return Ok(Exit::LastOfOther);
                }
                let k = gallop_left(lt, &v[s.pa - 1], &tmp[..s.nb], s.nb - 1)?;
                let k = s.nb - k;
                bcount = k;
                if k > 0 {
                    for i in 0..k {
                        v[s.dest - 1 - i] = take(&mut tmp[s.pb - 1 - i]);
                    }
                    s.dest -= k;
                    s.pb -= k;
                    s.nb -= k;
                    if s.nb == 1 {
                        return Ok(Exit::LastOfOther);
                    }
                    // Only an inconsistent `<` can empty B here.
                    if s.nb == 0 {
                        return Ok(Exit::Done);
                    }
                }
                v[s.dest - 1] = take(&mut v[s.pa - 1]);
                s.dest -= 1;
                s.pa -= 1;
                s.na -= 1;
                if s.na == 0 {
                    return Ok(Exit::Done);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }
}
