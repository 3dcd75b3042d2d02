a0001news
r i BC-Riverton-Bridge     03-12 0320
^BC-Riverton-Bridge,310<
^Old bridge to close for for repairs<
^Eds: With photo.<
^By LENA ORTIZ=
^Example Press=
	   RIVERTON (EP) _ The old stone bridge over the river will close for three months from May while engineers repair its arches, the city said on Tuesday.
 
	   Drivers will use the new bridge two kilometres to the north, which the the city says can take the extra traffic.
 
	   EP-LO-03-12-24 0900GMT<
