// The optional script of /v/{code}: a button to share a coarse position with the scan (rounded to 2 decimals
// in the browser, sent only after the person asks), and the report form sent as JSON with a photo. Without
// JavaScript the page and the form still work; nothing here is needed to read the verdict.

/** `code` is a canonical stamp code ([0-9A-Z]{13}), safe inside a script. */
export function stampPageScript(code: string): string {
  return `(function(){
var code=${JSON.stringify(code)},pos=null,r2=function(x){return Math.round(x*100)/100};
var box=document.getElementById('locate-box'),btn=document.getElementById('locate'),msg=document.getElementById('locate-status');
if(box&&btn&&navigator.geolocation){box.hidden=false;btn.addEventListener('click',function(){
btn.disabled=true;msg.textContent='Đang lấy vị trí…';
navigator.geolocation.getCurrentPosition(function(p){pos={lat:r2(p.coords.latitude),lon:r2(p.coords.longitude)};
fetch('/api/v1/public/verify/'+code+'/location',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify(pos)})
.then(function(){msg.textContent='Cảm ơn! Đã gửi vị trí gần đúng (khoảng 1 km). / Thank you, coarse position sent.'});},
function(){btn.disabled=false;msg.textContent='Không lấy được vị trí. / Position not available.'},
{enableHighAccuracy:false,maximumAge:600000,timeout:15000});});}
var form=document.getElementById('report-form'),photo=document.getElementById('photo'),status=document.getElementById('report-status');
if(!form||!window.fetch||!window.FileReader)return;document.getElementById('photo-field').hidden=false;
form.addEventListener('submit',function(e){e.preventDefault();
var send=function(data){var body={code:code,note:form.note.value,place:form.place.value||null,contact:form.contact.value||null};
if(pos){body.lat=pos.lat;body.lon=pos.lon}if(data)body.photoBase64=data;status.textContent='Đang gửi… / Sending…';
fetch('/api/v1/public/reports',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify(body)})
.then(function(r){return r.json().then(function(j){if(!r.ok)throw new Error(j.detail||r.status);
form.reset();status.textContent='Đã nhận báo cáo, mã tiếp nhận '+j.id.slice(0,8)+'. Cảm ơn bạn! / Report received, thank you.'})})
.catch(function(err){status.textContent='Chưa gửi được: '+err.message+' / Not sent.'});};
var file=photo&&photo.files&&photo.files[0];if(!file)return send(null);
if(file.size>5*1024*1024){status.textContent='Ảnh lớn hơn 5 MB. / The photo is larger than 5 MB.';return}
var reader=new FileReader();reader.onload=function(){send(String(reader.result))};reader.readAsDataURL(file);});
})();`;
}
